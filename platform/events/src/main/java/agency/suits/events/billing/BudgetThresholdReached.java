package agency.suits.events.billing;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;
import agency.suits.events.Money;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A job's actuals crossed 80% or 100% of its budget; published once per threshold. {@code committed} is approved
 * payables not yet in the actuals. Subject: the job number.
 */
public record BudgetThresholdReached(
        String jobNumber,
        UUID clientId,
        int thresholdPercent,
        Money budget,
        Money actuals,
        Money committed,
        Instant reachedAt) implements EventPayload {

    public static final Set<Integer> THRESHOLDS = Set.of(80, 100);

    public BudgetThresholdReached {
        Invariants.jobNumber(jobNumber);
        Invariants.required("clientId", clientId, "budget", budget, "actuals", actuals, "committed", committed,
                "reachedAt", reachedAt);
        if (!THRESHOLDS.contains(thresholdPercent)) {
            throw new IllegalArgumentException(
                    "thresholdPercent is one of " + THRESHOLDS + ", was " + thresholdPercent);
        }
        SameCurrency.check(budget, actuals, committed);
    }

    @Override
    public String subject() {
        return jobNumber;
    }
}
