package agency.suits.briefs.brief;

import agency.suits.web.Identified;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A brief as the API shows it: its latest revision, and where it stands in approval and submission. The approval
 * fields are absent until it is approved (and again once a change drops the approval), the submission fields while it
 * is not submitted.
 */
public record BriefView(
        UUID id,
        UUID jobRequestId,
        String jobNumber,
        UUID clientId,
        BriefStatus status,
        int revision,
        BriefContent content,
        boolean complete,
        @Schema(nullable = true) UUID approvedBy,
        @Schema(nullable = true) Instant approvedAt,
        @Schema(nullable = true) Integer approvedRevision,
        @Schema(nullable = true) Integer submittedRevision,
        @Schema(nullable = true) UUID submittedBy,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(nullable = true, description = "The revision whose audience, insight and proposition the team's"
                + " planner wrote or confirmed") Integer plannerConfirmedRevision,
        @Schema(nullable = true) UUID plannerConfirmedBy,
        @Schema(nullable = true) Instant plannerConfirmedAt,
        UUID createdBy,
        Instant createdAt,
        long version) implements Identified {

    static BriefView of(Brief brief) {
        return new BriefView(brief.id, brief.jobRequestId, brief.jobNumber, brief.clientId, brief.status(),
                brief.revision, brief.content, BriefCompleteness.gaps(brief.content).isEmpty(), brief.approvedBy,
                brief.approvedAt, brief.approvedRevision, brief.submittedRevision, brief.submittedBy,
                brief.submittedAt, brief.plannerConfirmedRevision, brief.plannerConfirmedBy,
                brief.plannerConfirmedAt, brief.createdBy, brief.createdAt, brief.version);
    }
}
