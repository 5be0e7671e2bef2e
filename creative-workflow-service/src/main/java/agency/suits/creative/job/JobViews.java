package agency.suits.creative.job;

import agency.suits.web.money.MoneyJson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the REST views of a job from the entity and its trail. */
final class JobViews {

    private JobViews() {
    }

    static JobSummary summary(CreativeJob job, LocalDate today) {
        return new JobSummary(job.id, job.jobNumber, job.clientId, job.title, job.status, job.currentRound,
                job.includedRounds, job.dueOn, job.overdue(today), List.copyOf(job.assignees), job.openedAt,
                job.closedAt);
    }

    static JobView detail(CreativeJob job, List<Decision> trail, boolean withMoney, LocalDate today) {
        return new JobView(job.id, job.jobNumber, job.clientId, job.briefId, job.briefVersion, job.title,
                job.status, JobRules.allowedNames(job.status), job.currentRound, job.includedRounds,
                job.dueOn, job.overdue(today), withMoney ? MoneyJson.of(job.budget()) : null, job.brief,
                List.copyOf(job.assignees), rounds(job, trail), job.openedAt, job.closedAt, job.version);
    }

    /** Rounds as the trail tells them; a superseded entry no longer counts for the round's outcome. */
    static List<RoundView> rounds(CreativeJob job, List<Decision> trail) {
        Set<UUID> superseded = Decision.supersededIn(trail);
        Map<Integer, List<Decision>> byRound = trail.stream()
                .collect(Collectors.groupingBy(d -> d.round, Collectors.toList()));
        List<RoundView> rounds = new ArrayList<>();
        Instant opened = job.openedAt;
        for (int number = 1; number <= job.currentRound; number++) {
            List<Decision> decisions = byRound.getOrDefault(number, List.of());
            Decision presentation = latest(decisions, DecisionKind.PRESENTATION, superseded);
            Decision feedback = latest(decisions, DecisionKind.CLIENT_FEEDBACK, superseded);
            rounds.add(new RoundView(number, job.outOfScope(number), opened,
                    presentation == null ? null : presentation.decidedBy,
                    presentation == null ? List.of() : presentation.presenters,
                    presentation == null ? null : presentation.decidedAt,
                    presentation == null ? List.of() : presentation.workVersionIds,
                    feedback == null ? null : feedback.id,
                    feedback == null ? null : feedback.outcome,
                    feedback == null ? null : feedback.decidedAt,
                    decisions.stream().map(d -> DecisionView.of(d, superseded)).toList()));
            if (feedback != null) {
                opened = feedback.decidedAt;
            }
        }
        return rounds;
    }

    private static Decision latest(List<Decision> decisions, DecisionKind kind, Set<UUID> superseded) {
        return decisions.stream().filter(d -> d.kind == kind && !superseded.contains(d.id))
                .max(Comparator.comparing((Function<Decision, Instant>) d -> d.recordedAt)).orElse(null);
    }
}
