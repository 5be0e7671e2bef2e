package agency.suits.events.creative;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;

import java.time.Instant;
import java.util.UUID;

/** A submitted brief became a creative job. Subject: the job number. */
public record CreativeJobOpened(
        UUID creativeJobId,
        String jobNumber,
        UUID clientId,
        UUID briefId,
        int briefVersion,
        int includedRevisionRounds,
        Instant openedAt) implements EventPayload {

    public CreativeJobOpened {
        Invariants.required("creativeJobId", creativeJobId, "clientId", clientId, "briefId", briefId,
                "openedAt", openedAt);
        Invariants.jobNumber(jobNumber);
        Invariants.atLeast(briefVersion, 1, "briefVersion");
        Invariants.atLeast(includedRevisionRounds, 0, "includedRevisionRounds");
    }

    @Override
    public String subject() {
        return jobNumber;
    }
}
