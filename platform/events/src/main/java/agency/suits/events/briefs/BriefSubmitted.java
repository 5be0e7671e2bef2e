package agency.suits.events.briefs;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;
import agency.suits.events.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * An approved, complete brief version was submitted to the creative department. It carries everything creative
 * and billing act on: the brief itself, the budget and the revision rounds the client's contract includes per
 * deliverable. Subject: the job number.
 */
public record BriefSubmitted(
        UUID briefId,
        int briefVersion,
        UUID jobRequestId,
        String jobNumber,
        UUID clientId,
        BriefSnapshot brief,
        Money budget,
        int includedRevisionRounds,
        UUID approvedBy,
        UUID submittedBy,
        Instant submittedAt) implements EventPayload {

    public BriefSubmitted {
        Invariants.required("briefId", briefId, "jobRequestId", jobRequestId, "clientId", clientId, "brief", brief,
                "budget", budget, "approvedBy", approvedBy, "submittedBy", submittedBy, "submittedAt", submittedAt);
        Invariants.atLeast(briefVersion, 1, "briefVersion");
        Invariants.jobNumber(jobNumber);
        Invariants.atLeast(includedRevisionRounds, 0, "includedRevisionRounds");
    }

    @Override
    public String subject() {
        return jobNumber;
    }
}
