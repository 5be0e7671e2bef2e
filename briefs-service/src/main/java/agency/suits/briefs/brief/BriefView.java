package agency.suits.briefs.brief;

import java.time.Instant;
import java.util.UUID;

/** A brief as the API shows it: its latest revision, and where it stands in approval and submission. */
public record BriefView(
        UUID id,
        UUID jobRequestId,
        String jobNumber,
        UUID clientId,
        BriefStatus status,
        int revision,
        BriefContent content,
        boolean complete,
        UUID approvedBy,
        Instant approvedAt,
        Integer approvedRevision,
        Integer submittedRevision,
        UUID submittedBy,
        Instant submittedAt,
        UUID createdBy,
        Instant createdAt,
        long version) {

    static BriefView of(Brief brief) {
        return new BriefView(brief.id, brief.jobRequestId, brief.jobNumber, brief.clientId, brief.status(),
                brief.revision, brief.content, BriefCompleteness.gaps(brief.content).isEmpty(), brief.approvedBy,
                brief.approvedAt, brief.approvedRevision, brief.submittedRevision, brief.submittedBy,
                brief.submittedAt, brief.createdBy, brief.createdAt, brief.version);
    }
}
