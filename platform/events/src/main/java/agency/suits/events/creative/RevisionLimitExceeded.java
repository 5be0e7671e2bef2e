package agency.suits.events.creative;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;

import java.time.Instant;
import java.util.UUID;

/**
 * A round beyond those the contract includes was opened: it is out of scope, and billing drafts a change order.
 * Subject: the job number.
 */
public record RevisionLimitExceeded(
        UUID creativeJobId,
        String jobNumber,
        UUID clientId,
        int round,
        int includedRounds,
        Instant detectedAt) implements EventPayload {

    public RevisionLimitExceeded {
        Invariants.required("creativeJobId", creativeJobId, "clientId", clientId, "detectedAt", detectedAt);
        Invariants.jobNumber(jobNumber);
        Invariants.atLeast(includedRounds, 0, "includedRounds");
        if (round <= includedRounds) {
            throw new IllegalArgumentException(
                    "round " + round + " is within the " + includedRounds + " included rounds");
        }
    }

    @Override
    public String subject() {
        return jobNumber;
    }
}
