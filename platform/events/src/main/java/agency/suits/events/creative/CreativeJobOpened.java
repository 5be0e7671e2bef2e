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
        Invariants.present(creativeJobId, "creativeJobId");
        Invariants.jobNumber(jobNumber);
        Invariants.present(clientId, "clientId");
        Invariants.present(briefId, "briefId");
        Invariants.atLeast(briefVersion, 1, "briefVersion");
        Invariants.atLeast(includedRevisionRounds, 0, "includedRevisionRounds");
        Invariants.present(openedAt, "openedAt");
    }

    @Override
    public String subject() {
        return jobNumber;
    }
}
