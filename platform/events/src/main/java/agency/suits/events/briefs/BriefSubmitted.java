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
        Invariants.present(briefId, "briefId");
        Invariants.atLeast(briefVersion, 1, "briefVersion");
        Invariants.present(jobRequestId, "jobRequestId");
        Invariants.jobNumber(jobNumber);
        Invariants.present(clientId, "clientId");
        Invariants.present(brief, "brief");
        Invariants.present(budget, "budget");
        Invariants.atLeast(includedRevisionRounds, 0, "includedRevisionRounds");
        Invariants.present(approvedBy, "approvedBy");
        Invariants.present(submittedBy, "submittedBy");
        Invariants.present(submittedAt, "submittedAt");
    }

    @Override
    public String subject() {
        return jobNumber;
    }
}
