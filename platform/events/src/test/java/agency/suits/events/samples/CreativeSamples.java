package agency.suits.events.samples;

import agency.suits.events.creative.ClientDecision;
import agency.suits.events.creative.CreativeApproved;
import agency.suits.events.creative.CreativeJobOpened;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.events.creative.WorkPresented;
import agency.suits.events.creative.WorkVersionRef;

import java.util.List;

import static agency.suits.events.samples.Acme.ALICE_EXECUTIVE;
import static agency.suits.events.samples.Acme.BRIEF_ID;
import static agency.suits.events.samples.Acme.CLIENT_ID;
import static agency.suits.events.samples.Acme.CREATIVE_JOB_ID;
import static agency.suits.events.samples.Acme.JOB_NUMBER;
import static agency.suits.events.samples.Acme.at;
import static agency.suits.events.samples.Acme.id;
import static agency.suits.events.samples.BriefBuilder.HERO_FILM;
import static agency.suits.events.samples.BriefBuilder.SOCIAL_CUTDOWNS;
import static agency.suits.events.samples.FeedbackBuilder.feedbackOnRound;

public final class CreativeSamples {

    public static final WorkVersionRef HERO_FILM_V3 = new WorkVersionRef(id("work:hero-film:3"),
            HERO_FILM.deliverableId(), 3, "Hero film, lighter ending");
    public static final WorkVersionRef CUTDOWNS_V2 = new WorkVersionRef(id("work:social:2"),
            SOCIAL_CUTDOWNS.deliverableId(), 2, "Social cut-downs, captions revised");

    private CreativeSamples() {
    }

    public static CreativeJobOpened springLaunchJobOpened() {
        return new CreativeJobOpened(CREATIVE_JOB_ID, JOB_NUMBER, CLIENT_ID, BRIEF_ID, 4, 2,
                at("2026-02-24T17:45:04.120Z"));
    }

    public static WorkPresented roundThreePresented() {
        return new WorkPresented(CREATIVE_JOB_ID, JOB_NUMBER, CLIENT_ID, 3, List.of(HERO_FILM_V3, CUTDOWNS_V2),
                ALICE_EXECUTIVE, at("2026-04-08T10:00:00Z"));
    }

    public static RevisionLimitExceeded roundThreeOutOfScope() {
        return new RevisionLimitExceeded(CREATIVE_JOB_ID, JOB_NUMBER, CLIENT_ID, 3, 2, at("2026-04-02T16:40:00Z"));
    }

    public static CreativeApproved approvedInRoundThree() {
        return new CreativeApproved(CREATIVE_JOB_ID, JOB_NUMBER, CLIENT_ID,
                feedbackOnRound(3).decided(ClientDecision.APPROVED).recorded().feedbackId(), 3, 2,
                List.of(HERO_FILM_V3, CUTDOWNS_V2), ALICE_EXECUTIVE, at("2026-04-09T15:12:00Z"));
    }
}
