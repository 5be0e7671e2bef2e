package agency.suits.briefs.brief;

import agency.suits.briefs.persistence.BriefContentColumn;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * The creative brief of one job. {@code revision} counts saves of the content (each kept in {@link BriefVersion});
 * {@code version} counts every change, approvals and submissions too, and is the ETag.
 */
@Entity
@Table(name = "brief")
public class Brief extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "job_request_id", nullable = false, updatable = false)
    public UUID jobRequestId;

    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;

    @Column(name = "job_number", nullable = false, updatable = false)
    public String jobNumber;

    @Convert(converter = BriefContentColumn.class)
    @Column(nullable = false)
    public BriefContent content;

    @Column(nullable = false)
    public int revision;

    @Column(name = "approved_by")
    public UUID approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "approved_revision")
    public Integer approvedRevision;

    /** The revision creative works from; null while the brief is not submitted. */
    @Column(name = "submitted_revision")
    public Integer submittedRevision;

    @Column(name = "submitted_by")
    public UUID submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    public BriefStatus status() {
        if (submittedRevision != null) {
            return BriefStatus.SUBMITTED;
        }
        return approvedBy != null ? BriefStatus.APPROVED : BriefStatus.DRAFT;
    }

    /** A change to an approved brief needs a fresh approval: the approver agreed to what they read. */
    void dropApproval() {
        approvedBy = null;
        approvedAt = null;
        approvedRevision = null;
    }
}
