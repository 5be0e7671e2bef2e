package agency.suits.briefs.brief;

import agency.suits.web.money.MoneyJson;

import java.time.LocalDate;
import java.util.List;

/** A complete brief to start tests from, and small ways to change it. */
public final class BriefSamples {

    private BriefSamples() {
    }

    public static BriefContent complete() {
        return new BriefContent(
                "Acme launches a lighter running shoe in spring.",
                "Make runners try the shoe in its first month.",
                List.of("20,000 test runs booked", "Brand consideration +5 points"),
                "Urban runners, 25-40, who run before work.",
                "Heavy shoes make early runs feel like a chore.",
                "The shoe that makes 6 a.m. feel light.",
                List.of("30% lighter than the previous model", "Tested by 500 club runners"),
                "Energetic, witty, never preachy.",
                List.of(new MandatoryItem(null, "Show the Acme logo in the first three seconds")),
                List.of(new DeliverableItem(null, "Launch film", "30s video", "1920x1080, subtitled")),
                List.of(new MilestoneItem("First concepts", LocalDate.now().plusDays(14))),
                new MoneyJson("25000.00", "EUR"));
    }

    public static BriefContent withProposition(BriefContent brief, String proposition) {
        return new BriefContent(brief.background(), brief.objective(), brief.successMeasures(),
                brief.targetAudience(), brief.insight(), proposition, brief.reasonsToBelieve(), brief.tone(),
                brief.mandatories(), brief.deliverables(), brief.milestones(), brief.budget());
    }

    public static BriefContent withTone(BriefContent brief, String tone) {
        return new BriefContent(brief.background(), brief.objective(), brief.successMeasures(),
                brief.targetAudience(), brief.insight(), brief.proposition(), brief.reasonsToBelieve(), tone,
                brief.mandatories(), brief.deliverables(), brief.milestones(), brief.budget());
    }
}
