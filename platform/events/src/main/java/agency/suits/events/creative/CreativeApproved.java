package agency.suits.events.creative;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The client approved the work; the job is closed and billing drafts the milestone invoice. Subject: the job number.
 */
public record CreativeApproved(
        UUID creativeJobId,
        String jobNumber,
        UUID clientId,
        UUID feedbackId,
        int round,
        int includedRounds,
        List<WorkVersionRef> approvedWork,
        UUID recordedBy,
        Instant approvedAt) implements EventPayload {

    public CreativeApproved {
        Invariants.required("creativeJobId", creativeJobId, "clientId", clientId, "feedbackId", feedbackId,
                "recordedBy", recordedBy, "approvedAt", approvedAt);
        Invariants.jobNumber(jobNumber);
        Invariants.atLeast(round, 1, "round");
        Invariants.atLeast(includedRounds, 0, "includedRounds");
        approvedWork = Invariants.nonEmpty(Invariants.distinct(approvedWork, "approvedWork"), "approvedWork");
    }

    @Override
    public String subject() {
        return jobNumber;
    }
}
