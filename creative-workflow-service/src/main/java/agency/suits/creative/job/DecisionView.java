package agency.suits.creative.job;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** One entry of the decision trail as the API shows it; {@code superseded} when a later entry corrected it. */
public record DecisionView(
        UUID id,
        int round,
        DecisionKind kind,
        String outcome,
        List<Comment> comments,
        List<UUID> workVersionIds,
        JobStatus statusBefore,
        JobStatus statusAfter,
        UUID decidedBy,
        Instant decidedAt,
        UUID supersedes,
        String reason,
        boolean superseded,
        Instant recordedAt) {

    public static DecisionView of(Decision d, Set<UUID> supersededIds) {
        return new DecisionView(d.id, d.round, d.kind, d.outcome, d.comments, d.workVersionIds, d.statusBefore,
                d.statusAfter, d.decidedBy, d.decidedAt, d.supersedesId, d.reason, supersededIds.contains(d.id),
                d.recordedAt);
    }
}
