package agency.suits.billing.budget;

import agency.suits.domain.money.Amount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** The figure moves that come from estimates and change orders, under the budget's row lock. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BudgetChanges {

    private final JobBudgets budgets;

    BudgetChanges(JobBudgets budgets) {
        this.budgets = budgets;
    }

    /** An approved estimate becomes the budget, replacing the brief's provisional figure or an older estimate. */
    public JobBudget replaceWithEstimate(String jobNumber, Amount total) {
        JobBudget budget = budgets.lock(jobNumber);
        budget.setFigure(total, BudgetBasis.ESTIMATE, Instant.now());
        return budget;
    }

    /** An approved change order raises the budget by its difference. */
    public JobBudget raise(String jobNumber, Amount difference) {
        JobBudget budget = budgets.lock(jobNumber);
        budget.setFigure(budget.budgetAmount().plus(difference), budget.basis, Instant.now());
        return budget;
    }
}
