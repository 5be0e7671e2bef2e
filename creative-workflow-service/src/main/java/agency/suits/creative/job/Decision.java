package agency.suits.creative.job;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One entry of a job's decision trail. Immutable: the trail is append-only, a correction is a new entry that names
 * the one it supersedes and says why.
 */
@Entity
@Immutable
@Table(name = "decision_entry")
public class Decision extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID jobId;

    public int round;

    @Enumerated(EnumType.STRING)
    public DecisionKind kind;

    /** APPROVED / SENT_BACK, ON_STRATEGY / OFF_STRATEGY, PRESENTED, the client's decision, ASSIGNED, CANCELLED. */
    public String outcome;

    @Convert(converter = CommentsColumn.class)
    public List<Comment> comments;

    @Convert(converter = IdListColumn.class)
    public List<UUID> workVersionIds;

    /** PRESENTATION only: who presented, the one who recorded it first; empty for every other kind. */
    @Convert(converter = IdListColumn.class)
    public List<UUID> presenters = List.of();

    @Enumerated(EnumType.STRING)
    public JobStatus statusBefore;

    @Enumerated(EnumType.STRING)
    public JobStatus statusAfter;

    public UUID decidedBy;

    /** When it happened (a presentation may be recorded after the meeting). */
    public Instant decidedAt;

    public UUID supersedesId;

    public String reason;

    public Instant recordedAt;

    public static List<Decision> trailOf(UUID jobId) {
        return list("jobId = ?1 order by recordedAt, decidedAt", jobId);
    }

    /** The entries of the job's trail that a later correction superseded, without reading the trail itself. */
    public static Set<UUID> supersededOf(UUID jobId) {
        return Set.copyOf(getEntityManager().createQuery("select d.supersedesId from Decision d where d.jobId = :job "
                + "and d.supersedesId is not null", UUID.class).setParameter("job", jobId).getResultList());
    }

    /** The entries a later correction superseded: they no longer count for the round's outcome. */
    public static Set<UUID> supersededIn(List<Decision> trail) {
        return trail.stream().map(d -> d.supersedesId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** The round's presentation in force (a presentation is never corrected, so the latest one). */
    public static Optional<Decision> presentationOf(List<Decision> trail, int round) {
        return trail.stream().filter(d -> d.round == round && d.kind == DecisionKind.PRESENTATION)
                .max(Comparator.comparing(d -> d.recordedAt));
    }

    public static Decision of(UUID jobId, int round, DecisionKind kind, String outcome, List<Comment> comments,
                              List<UUID> workVersionIds, JobStatus before, JobStatus after, UUID decidedBy,
                              Instant decidedAt, String reason, Instant recordedAt) {
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.jobId = jobId;
        decision.round = round;
        decision.kind = kind;
        decision.outcome = outcome;
        decision.comments = List.copyOf(comments);
        decision.workVersionIds = List.copyOf(workVersionIds);
        decision.statusBefore = before;
        decision.statusAfter = after;
        decision.decidedBy = decidedBy;
        decision.decidedAt = decidedAt;
        decision.reason = reason;
        decision.recordedAt = recordedAt;
        return decision;
    }
}
