package agency.suits.briefs.brief;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What a brief still lacks before it can be approved and submitted; an empty list means it is complete. */
public final class BriefCompleteness {

    private BriefCompleteness() {
    }

    /** One thing missing: the section (or the item of one) by its JSON name, and what it lacks in words. */
    @Schema(name = "BriefGap")
    public record Gap(String section, String missing) {
    }

    public static List<Gap> gaps(BriefContent brief) {
        List<Gap> gaps = new ArrayList<>();
        text(gaps, brief.background(), Section.BACKGROUND, "the background of the request");
        text(gaps, brief.objective(), Section.OBJECTIVE, "the objective");
        list(gaps, brief.successMeasures(), Section.SUCCESS_MEASURES, "at least one success measure");
        text(gaps, brief.targetAudience(), Section.TARGET_AUDIENCE, "the target audience");
        text(gaps, brief.insight(), Section.INSIGHT, "the consumer insight");
        text(gaps, brief.proposition(), Section.PROPOSITION, "the single-minded proposition");
        list(gaps, brief.reasonsToBelieve(), Section.REASONS_TO_BELIEVE, "at least one reason to believe");
        text(gaps, brief.tone(), Section.TONE, "the tone");
        list(gaps, brief.deliverables(), Section.DELIVERABLES, "at least one deliverable");
        for (int i = 0; i < brief.deliverables().size(); i++) {
            DeliverableItem deliverable = brief.deliverables().get(i);
            if (isBlank(deliverable.format())) {
                gaps.add(new Gap(Section.DELIVERABLES.field() + "[" + i + "].format",
                        "the format of deliverable '" + deliverable.name() + "'"));
            }
            if (isBlank(deliverable.specs())) {
                gaps.add(new Gap(Section.DELIVERABLES.field() + "[" + i + "].specs",
                        "the specs of deliverable '" + deliverable.name() + "'"));
            }
        }
        list(gaps, brief.milestones(), Section.MILESTONES, "at least one milestone");
        if (brief.budget() == null) {
            gaps.add(new Gap(Section.BUDGET.field(), "the budget"));
        }
        return gaps;
    }

    private static void text(List<Gap> gaps, String value, Section section, String what) {
        if (isBlank(value)) {
            gaps.add(new Gap(section.field(), what));
        }
    }

    private static void list(List<Gap> gaps, Collection<?> values, Section section, String what) {
        if (values.isEmpty()) {
            gaps.add(new Gap(section.field(), what));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
