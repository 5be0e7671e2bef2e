package agency.suits.events.briefs;

import agency.suits.events.Invariants;

import java.util.List;

/** The sections of the submitted brief version, frozen: the creative job works from this copy. */
public record BriefSnapshot(
        String title,
        String background,
        String objective,
        List<String> successMeasures,
        String targetAudience,
        String insight,
        String proposition,
        List<String> reasonsToBelieve,
        String tone,
        List<Mandatory> mandatories,
        List<Deliverable> deliverables,
        List<Milestone> milestones) {

    public static final int MAX_REASONS_TO_BELIEVE = 3;

    public BriefSnapshot {
        Invariants.text(title, "title");
        Invariants.text(background, "background");
        Invariants.text(objective, "objective");
        successMeasures = Invariants.nonEmpty(successMeasures, "successMeasures");
        successMeasures.forEach(measure -> Invariants.text(measure, "successMeasures[]"));
        Invariants.text(targetAudience, "targetAudience");
        Invariants.text(insight, "insight");
        Invariants.text(proposition, "proposition");
        reasonsToBelieve = Invariants.nonEmpty(reasonsToBelieve, "reasonsToBelieve");
        reasonsToBelieve.forEach(reason -> Invariants.text(reason, "reasonsToBelieve[]"));
        if (reasonsToBelieve.size() > MAX_REASONS_TO_BELIEVE) {
            throw new IllegalArgumentException(
                    "a brief gives at most " + MAX_REASONS_TO_BELIEVE + " reasons to believe");
        }
        Invariants.text(tone, "tone");
        mandatories = Invariants.distinct(mandatories, "mandatories");
        deliverables = Invariants.nonEmpty(Invariants.distinct(deliverables, "deliverables"), "deliverables");
        milestones = Invariants.nonEmpty(milestones, "milestones");
    }
}
