package agency.suits.creative.trail;

import agency.suits.creative.job.JobStatus;
import agency.suits.creative.round.Comment;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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

    @Column(name = "job_id")
    public UUID jobId;

    public int round;

    @Enumerated(EnumType.STRING)
    public DecisionKind kind;

    /** APPROVED / SENT_BACK, ON_STRATEGY / OFF_STRATEGY, PRESENTED, the client's decision, ASSIGNED, CANCELLED. */
    public String outcome;

    @Convert(converter = JsonColumn.Comments.class)
    public List<Comment> comments;

    @Column(name = "work_version_ids")
    @Convert(converter = JsonColumn.Ids.class)
    public List<UUID> workVersionIds;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before")
    public JobStatus statusBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after")
    public JobStatus statusAfter;

    @Column(name = "decided_by")
    public UUID decidedBy;

    /** When it happened (a presentation may be recorded after the meeting). */
    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    public String reason;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static List<Decision> trailOf(UUID jobId) {
        return list("jobId = ?1 order by recordedAt, decidedAt", jobId);
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
