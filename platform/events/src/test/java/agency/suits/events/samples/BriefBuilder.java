package agency.suits.events.samples;

import agency.suits.events.briefs.BriefSnapshot;
import agency.suits.events.briefs.Deliverable;
import agency.suits.events.briefs.Mandatory;
import agency.suits.events.briefs.Milestone;

import java.time.LocalDate;
import java.util.List;

import static agency.suits.events.samples.Acme.id;

/** A complete ACME spring-launch brief; change only what a test is about. */
public final class BriefBuilder {

    public static final Deliverable HERO_FILM = new Deliverable(id("deliverable:hero-film"), "Hero film",
            "30s video", "1920x1080, 16:9, broadcast loudness -23 LUFS");
    public static final Deliverable SOCIAL_CUTDOWNS = new Deliverable(id("deliverable:social"), "Social cut-downs",
            "6s and 15s video", "1080x1920, 9:16, captions burnt in");
    public static final Mandatory LOGO_END_FRAME = new Mandatory(id("mandatory:logo"), "ACME logo on the end frame");

    private List<String> reasonsToBelieve = List.of("Lab-tested on 10,000 cycles", "Five-year warranty");
    private List<Mandatory> mandatories = List.of(LOGO_END_FRAME,
            new Mandatory(id("mandatory:legal"), "Legal line: terms apply"));
    private List<Deliverable> deliverables = List.of(HERO_FILM, SOCIAL_CUTDOWNS);

    public static BriefBuilder aBrief() {
        return new BriefBuilder();
    }

    public BriefBuilder withReasonsToBelieve(List<String> reasonsToBelieve) {
        this.reasonsToBelieve = reasonsToBelieve;
        return this;
    }

    public BriefBuilder withMandatories(List<Mandatory> mandatories) {
        this.mandatories = mandatories;
        return this;
    }

    public BriefBuilder withDeliverables(List<Deliverable> deliverables) {
        this.deliverables = deliverables;
        return this;
    }

    public BriefSnapshot build() {
        return new BriefSnapshot(
                "Spring launch: ACME Roadrunner 2",
                "ACME re-launches its bestselling trainer with a lighter sole.",
                "Make runners aged 25-40 consider the Roadrunner 2 before their next purchase.",
                List.of("Consideration +8 pts in the brand tracker", "20,000 store locator visits in 6 weeks"),
                "Weekend runners, 25-40, who run to clear their heads rather than to race",
                "The run is the only hour of the week nobody can ask anything of them.",
                "The lightest hour of your week.",
                reasonsToBelieve,
                "Warm, unhurried, a little wry",
                mandatories,
                deliverables,
                List.of(new Milestone("First presentation", LocalDate.parse("2026-03-20")),
                        new Milestone("Final artwork", LocalDate.parse("2026-04-17"))));
    }
}
