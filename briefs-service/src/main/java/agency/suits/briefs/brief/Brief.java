package agency.suits.briefs.brief;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The creative brief of one job. {@code revision} counts saves of the content (each kept in {@link BriefVersion});
 * {@code version} counts every change, approvals and submissions too, and is the ETag.
 */
@Entity
public class Brief extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID jobRequestId;

    @Column(nullable = false, updatable = false)
    public UUID clientId;

    @Column(nullable = false, updatable = false)
    public String jobNumber;

    @Convert(converter = BriefContentColumn.class)
    @Column(nullable = false)
    public BriefContent content;

    @Column(nullable = false)
    public int revision;

    public UUID approvedBy;

    public Instant approvedAt;

    public Integer approvedRevision;

    /** The revision creative works from; null while the brief is not submitted. */
    public Integer submittedRevision;

    public UUID submittedBy;

    public Instant submittedAt;

    /** The revision whose audience, insight and proposition the team's planner wrote or confirmed; null if none. */
    public Integer plannerConfirmedRevision;

    public UUID plannerConfirmedBy;

    public Instant plannerConfirmedAt;

    @Column(nullable = false, updatable = false)
    public UUID createdBy;

    @Column(nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    public BriefStatus status() {
        if (submittedRevision != null) {
            return BriefStatus.SUBMITTED;
        }
        return approvedBy != null ? BriefStatus.APPROVED : BriefStatus.DRAFT;
    }

    /** Everybody who saved a revision of the brief: none of them may approve it (segregation of duties). */
    public Set<UUID> authors() {
        return new HashSet<>(getEntityManager()
                .createQuery("select distinct v.savedBy from BriefVersion v where v.key.briefId = :brief", UUID.class)
                .setParameter("brief", id)
                .getResultList());
    }

    /** The content of the revision the team's planner wrote or confirmed; null if none. */
    public BriefContent plannerConfirmedContent() {
        if (plannerConfirmedRevision == null) {
            return null;
        }
        BriefVersion confirmed = BriefVersion.findById(new BriefVersion.Key(id, plannerConfirmedRevision));
        return confirmed == null ? null : confirmed.content;
    }

    /** When the current revision was saved: since then the brief has been as it is. */
    public Instant lastSavedAt() {
        BriefVersion latest = BriefVersion.findById(new BriefVersion.Key(id, revision));
        return latest == null ? createdAt : latest.savedAt;
    }

    /** A change to an approved brief needs a fresh approval: the approver agreed to what they read. */
    void dropApproval() {
        approvedBy = null;
        approvedAt = null;
        approvedRevision = null;
    }
}
