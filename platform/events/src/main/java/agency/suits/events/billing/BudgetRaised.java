package agency.suits.events.billing;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;
import agency.suits.events.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * An approved change order raised a job's budget by {@code raisedBy}: {@code budget} is the job's budget now and
 * {@code actuals} what the job had used when it was raised. A budget raised above the actuals is no longer overrun.
 * Subject: the job number.
 */
public record BudgetRaised(
        String jobNumber,
        UUID clientId,
        UUID changeOrderId,
        Money raisedBy,
        Money budget,
        Money actuals,
        String reason,
        UUID approvedBy,
        Instant raisedAt) implements EventPayload {

    public BudgetRaised {
        Invariants.jobNumber(jobNumber);
        Invariants.required("clientId", clientId, "changeOrderId", changeOrderId, "raisedBy", raisedBy,
                "budget", budget, "actuals", actuals, "approvedBy", approvedBy, "raisedAt", raisedAt);
        SameCurrency.check(raisedBy, budget, actuals);
        if (raisedBy.amount().signum() <= 0) {
            throw new IllegalArgumentException("a budget is raised by more than nothing");
        }
        Invariants.text(reason, "reason");
    }

    @Override
    public String subject() {
        return jobNumber;
    }
}
