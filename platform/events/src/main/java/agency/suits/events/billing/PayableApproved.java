package agency.suits.events.billing;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;
import agency.suits.events.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * Money owed to a vendor for a job was approved, by someone other than its creator, at the level its amount
 * requires. It now counts as committed on the job's budget. Subject: the job number, so it stays in order with
 * the job's budget events.
 */
public record PayableApproved(
        UUID payableId,
        String jobNumber,
        UUID clientId,
        String vendorName,
        String description,
        Money amount,
        ApprovalLevel approvalLevel,
        UUID createdBy,
        UUID approvedBy,
        Instant approvedAt) implements EventPayload {

    public PayableApproved {
        Invariants.required("payableId", payableId, "clientId", clientId, "amount", amount,
                "approvalLevel", approvalLevel, "createdBy", createdBy, "approvedBy", approvedBy,
                "approvedAt", approvedAt);
        Invariants.jobNumber(jobNumber);
        Invariants.text(vendorName, "vendorName");
        Invariants.text(description, "description");
        if (createdBy.equals(approvedBy)) {
            throw new IllegalArgumentException("the creator of a payable never approves it");
        }
    }

    @Override
    public String subject() {
        return jobNumber;
    }
}
