package agency.suits.billing.budget;

import agency.suits.domain.money.Amount;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Opens job budgets, moves their figure and books actuals and commitments against them, with the burn alerts. */
@ApplicationScoped
@Transactional
public class JobBudgets {

    private final Outbox outbox;
    private final Clock clock;

    JobBudgets(Outbox outbox) {
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    /**
     * A submitted brief opens the job's provisional budget from its figure; a later brief version moves the figure
     * while the budget is still provisional. Once an estimate is approved the estimate rules and briefs no longer do.
     */
    public void open(BriefSubmitted brief) {
        Amount figure = Amount.fromWire(brief.budget());
        Optional<JobBudget> existing = JobBudget.findByIdOptional(brief.jobNumber());
        if (existing.isEmpty()) {
            JobBudget.open(brief.jobNumber(), brief.clientId(), figure, Instant.now(clock)).persist();
        } else if (existing.get().basis == BudgetBasis.PROVISIONAL) {
            existing.get().setFigure(figure, BudgetBasis.PROVISIONAL, Instant.now(clock));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BudgetView view(String jobNumber) {
        return BudgetView.of(require(jobNumber));
    }

    public JobBudget require(String jobNumber) {
        return JobBudget.<JobBudget>findByIdOptional(jobNumber)
                .orElseThrow(() -> NotFoundProblem.of("Job budget", jobNumber));
    }

    /**
     * Books an actual (a time or cost entry) and announces the thresholds it crossed. The budget row is locked so
     * that concurrent entries are added one after the other and exactly one of them crosses each threshold.
     */
    public JobBudget bookActual(String jobNumber, Amount amount) {
        return book(lock(jobNumber), amount);
    }

    private JobBudget book(JobBudget budget, Amount amount) {
        budget.budgetAmount().requireSameCurrency(amount);
        Instant now = Instant.now(clock);
        for (int percent : budget.addActual(amount, now)) {
            outbox.record(new BudgetThresholdReached(budget.jobNumber, budget.clientId, percent,
                    budget.budgetAmount().toWire(), budget.actualsAmount().toWire(),
                    budget.committedAmount().toWire(), now));
        }
        return budget;
    }

    /** An approved payable is committed: promised to a vendor, not yet spent. */
    public JobBudget commit(String jobNumber, Amount amount) {
        JobBudget budget = lock(jobNumber);
        budget.budgetAmount().requireSameCurrency(amount);
        budget.addCommitted(amount, Instant.now(clock));
        return budget;
    }

    /** A released payable is spent: it leaves committed and becomes an actual (which may cross a threshold). */
    public JobBudget spendCommitted(String jobNumber, Amount amount) {
        JobBudget budget = lock(jobNumber);
        budget.removeCommitted(amount, Instant.now(clock));
        return book(budget, amount);
    }

    /** Locks the budget row and reloads it; call before changing the budget in a transaction, never after. */
    public JobBudget lock(String jobNumber) {
        JobBudget budget = require(jobNumber);
        JobBudget.getEntityManager().lock(budget, LockModeType.PESSIMISTIC_WRITE);
        JobBudget.getEntityManager().refresh(budget);
        return budget;
    }
}
