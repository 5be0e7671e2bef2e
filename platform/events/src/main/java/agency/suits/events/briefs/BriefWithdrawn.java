package agency.suits.events.briefs;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;

import java.time.Instant;
import java.util.UUID;

/**
 * A submitted brief was taken back; creative cancels the job unless it is already approved. Subject: the job number.
 */
public record BriefWithdrawn(
        UUID briefId,
        String jobNumber,
        UUID clientId,
        String reason,
        UUID withdrawnBy,
        Instant withdrawnAt) implements EventPayload {

    public BriefWithdrawn {
        Invariants.present(briefId, "briefId");
        Invariants.jobNumber(jobNumber);
        Invariants.present(clientId, "clientId");
        Invariants.text(reason, "reason");
        Invariants.present(withdrawnBy, "withdrawnBy");
        Invariants.present(withdrawnAt, "withdrawnAt");
    }

    @Override
    public String subject() {
        return jobNumber;
    }
}
