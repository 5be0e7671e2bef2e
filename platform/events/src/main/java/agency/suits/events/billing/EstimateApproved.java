package agency.suits.events.billing;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;
import agency.suits.events.Money;

import java.time.Instant;
import java.util.UUID;

/** An approved estimate version; its total is now the job's budget. Subject: the job number. */
public record EstimateApproved(
        UUID estimateId,
        int estimateVersion,
        String jobNumber,
        UUID clientId,
        Money total,
        UUID approvedBy,
        Instant approvedAt) implements EventPayload {

    public EstimateApproved {
        Invariants.required("estimateId", estimateId, "clientId", clientId, "total", total, "approvedBy", approvedBy,
                "approvedAt", approvedAt);
        Invariants.atLeast(estimateVersion, 1, "estimateVersion");
        Invariants.jobNumber(jobNumber);
    }

    @Override
    public String subject() {
        return jobNumber;
    }
}
