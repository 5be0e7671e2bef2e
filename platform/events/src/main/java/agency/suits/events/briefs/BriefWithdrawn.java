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
        Invariants.required("briefId", briefId, "clientId", clientId, "withdrawnBy", withdrawnBy,
                "withdrawnAt", withdrawnAt);
        Invariants.jobNumber(jobNumber);
        Invariants.text(reason, "reason");
    }

    @Override
    public String subject() {
        return jobNumber;
    }
}
