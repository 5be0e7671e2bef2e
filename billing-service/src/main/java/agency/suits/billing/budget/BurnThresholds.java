package agency.suits.billing.budget;

import agency.suits.domain.money.Amount;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The burn alerts: what a job has spent and committed (actuals plus approved payables) reaching 80% and 100% of its
 * budget. Each is announced once per crossing: an entry after the crossing does not announce it again, one entry
 * that jumps past both announces both, and a raise of the budget that takes the job back below one re-arms it.
 */
public final class BurnThresholds {

    public static final List<Integer> PERCENTS = List.of(80, 100);

    private BurnThresholds() {
    }

    /** Whether {@code spent} is at least {@code percent}% of a budget that is not zero. */
    public static boolean reaches(Amount budget, Amount spent, int percent) {
        return !budget.isZero() && spent.reaches(percent, budget);
    }

    /** The thresholds {@code actuals} has reached that are not in {@code alreadyReached}, lowest first. */
    public static List<Integer> newlyReached(Amount budget, Amount actuals, Set<Integer> alreadyReached) {
        List<Integer> reached = new ArrayList<>();
        if (budget.isZero()) {
            return reached;
        }
        for (int percent : PERCENTS) {
            if (!alreadyReached.contains(percent) && actuals.reaches(percent, budget)) {
                reached.add(percent);
            }
        }
        return reached;
    }
}
