package agency.suits.billing.budget;

import agency.suits.accounts.AccountAccess;
import agency.suits.billing.access.BillingPermission;
import agency.suits.domain.money.Amount;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * Opens job budgets, moves their figure (estimates, change orders) and books actuals and commitments against them,
 * with the burn alerts. Every change of a figure runs under the budget's row lock.
 */
@ApplicationScoped
@Transactional
public class JobBudgetService {

    @Inject AccountAccess access;
    @Inject Outbox outbox;
    @Inject AgencyClock clock;

    /**
     * A submitted brief opens the job's provisional budget from its figure; a later brief version moves the figure
     * while the budget is still provisional. Once an estimate is approved the estimate rules and briefs no longer do.
     */
    public void open(BriefSubmitted brief) {
        Amount figure = Amount.fromWire(brief.budget());
        Optional<JobBudget> existing = JobBudget.findByIdOptional(brief.jobNumber());
        if (existing.isEmpty()) {
            JobBudget.open(brief.jobNumber(), brief.clientId(), figure, clock.now()).persist();
        } else if (existing.get().basis == BudgetBasis.PROVISIONAL) {
            existing.get().setFigure(figure, BudgetBasis.PROVISIONAL, clock.now());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BudgetView view(String jobNumber) {
        access.require(BillingPermission.SEE_MONEY);
        return BudgetView.of(requireVisible(jobNumber));
    }

    /**
     * The job a caller books on, drafts for or reads: 404 unless it has a budget here and the caller may see its
     * client. The caller has checked the permission first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public JobBudget requireVisible(String jobNumber) {
        JobBudget budget = find(jobNumber).orElseThrow(() -> NotFoundProblem.of("Job budget", jobNumber));
        access.requireVisible(budget.clientId, "Job budget", jobNumber);
        return budget;
    }

    /** The job's budget, if billing knows the job: for events, which name jobs billing may never have heard of. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<JobBudget> find(String jobNumber) {
        return jobNumber == null ? Optional.empty() : JobBudget.findByIdOptional(jobNumber);
    }

    /**
     * Books an actual (a time or cost entry) and announces the thresholds it crossed. The budget row is locked so
     * that concurrent entries are added one after the other and exactly one of them crosses each threshold.
     */
    public JobBudget bookActual(String jobNumber, Amount amount) {
        return book(lock(jobNumber), amount);
    }

    /** An approved payable is committed: promised to a vendor, not yet spent. */
    public JobBudget commit(String jobNumber, Amount amount) {
        JobBudget budget = lock(jobNumber);
        budget.budgetAmount().requireSameCurrency(amount);
        budget.addCommitted(amount, clock.now());
        return budget;
    }

    /** A released payable is spent: it leaves committed and becomes an actual (which may cross a threshold). */
    public JobBudget spendCommitted(String jobNumber, Amount amount) {
        JobBudget budget = lock(jobNumber);
        budget.removeCommitted(amount, clock.now());
        return book(budget, amount);
    }

    /** An approved estimate becomes the budget, replacing the brief's provisional figure or an older estimate. */
    public JobBudget replaceWithEstimate(String jobNumber, Amount total) {
        JobBudget budget = lock(jobNumber);
        budget.setFigure(total, BudgetBasis.ESTIMATE, clock.now());
        return budget;
    }

    /** An approved change order raises the budget by its difference. */
    public JobBudget raise(String jobNumber, Amount difference) {
        JobBudget budget = lock(jobNumber);
        budget.setFigure(budget.budgetAmount().plus(difference), budget.basis, clock.now());
        return budget;
    }

    /** Locks the budget row and reloads it; call before changing the budget in a transaction, never after. */
    public JobBudget lock(String jobNumber) {
        JobBudget budget = find(jobNumber).orElseThrow(() -> NotFoundProblem.of("Job budget", jobNumber));
        JobBudget.getEntityManager().lock(budget, LockModeType.PESSIMISTIC_WRITE);
        JobBudget.getEntityManager().refresh(budget);
        return budget;
    }

    private JobBudget book(JobBudget budget, Amount amount) {
        budget.budgetAmount().requireSameCurrency(amount);
        Instant now = clock.now();
        for (int percent : budget.addActual(amount, now)) {
            outbox.record(new BudgetThresholdReached(budget.jobNumber, budget.clientId, percent,
                    budget.budgetAmount().toWire(), budget.actualsAmount().toWire(),
                    budget.committedAmount().toWire(), now));
        }
        return budget;
    }
}
