package agency.suits.creative.job;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One entry of the decision trail as the API shows it; {@code superseded} when a later entry corrected it. An entry
 * the system made (a withdrawn brief's cancellation) may name nobody as {@code decidedBy}; only a correction names
 * the entry it {@code supersedes}; review verdicts carry no {@code reason}.
 */
@Schema(name = "CreativeDecision")
public record DecisionView(
        UUID id,
        int round,
        DecisionKind kind,
        String outcome,
        List<Comment> comments,
        List<UUID> workVersionIds,
        @Schema(description = "PRESENTATION only: who presented, the one who recorded it first; empty otherwise")
        List<UUID> presenters,
        JobStatus statusBefore,
        JobStatus statusAfter,
        @Schema(nullable = true) UUID decidedBy,
        Instant decidedAt,
        @Schema(nullable = true) UUID supersedes,
        @Schema(nullable = true) String reason,
        boolean superseded,
        Instant recordedAt) {

    public static DecisionView of(Decision d, Set<UUID> supersededIds) {
        return new DecisionView(d.id, d.round, d.kind, d.outcome, d.comments, d.workVersionIds, d.presenters,
                d.statusBefore, d.statusAfter, d.decidedBy, d.decidedAt, d.supersedesId, d.reason,
                supersededIds.contains(d.id), d.recordedAt);
    }
}
