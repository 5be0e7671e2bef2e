package agency.suits.billing.budget;

import agency.suits.accounts.AccountAccess;
import agency.suits.billing.access.BillingPermission;
import agency.suits.domain.money.Amount;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.billing.BudgetExceeded;
import agency.suits.events.billing.BudgetRaised;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.BriefWithdrawn;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.persistence.ListQuery;
import agency.suits.persistence.RowLock;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens job budgets, moves their figure (estimates, change orders) and books actuals and commitments against them,
 * with the burn alerts. Every change of a figure runs under the budget's row lock.
 */
@ApplicationScoped
@Transactional
public class JobBudgetService {

    private static final Logger LOG = Logger.getLogger(JobBudgetService.class);

    @Inject AccountAccess access;
    @Inject Outbox outbox;
    @Inject AgencyClock clock;

    /**
     * A submitted brief opens the job's provisional budget from its figure; a later brief version moves the figure
     * while the budget is still provisional, and reopens a budget its withdrawal closed. Once an estimate is approved
     * the estimate rules and briefs no longer move the figure.
     */
    public void open(BriefSubmitted brief) {
        Amount figure = Amount.fromWire(brief.budget());
        if (find(brief.jobNumber()).isEmpty()) {
            JobBudget budget = JobBudget.open(brief.jobNumber(), brief.clientId(), figure, brief.submittedAt(),
                    clock.now());
            budget.persist();
            move(budget, BudgetMovementKind.OPENED, figure, null, "Brief submitted", null);
            return;
        }
        JobBudget budget = lock(brief.jobNumber());
        if (budget.submitted(brief.submittedAt(), clock.now())) {
            move(budget, BudgetMovementKind.REOPENED, Amount.zero(budget.currency), brief.briefId(),
                    "Brief version " + brief.briefVersion() + " submitted again after its withdrawal",
                    brief.submittedBy());
        }
        if (budget.basis == BudgetBasis.PROVISIONAL) {
            Amount before = budget.budgetAmount();
            List<Integer> reached = budget.rebase(figure, BudgetBasis.PROVISIONAL, clock.now());
            if (!before.equals(budget.budgetAmount())) {
                move(budget, BudgetMovementKind.BRIEF_REVISED, difference(before, budget), null,
                        "A later version of the brief", null);
            }
            announce(budget, reached);
        }
    }

    /**
     * A withdrawn brief closes the job's budget: what was booked stays (and can be billed), nothing new is booked
     * until the brief is submitted again. A job billing never budgeted has nothing to close.
     */
    public void close(BriefWithdrawn withdrawn) {
        if (find(withdrawn.jobNumber()).isEmpty()) {
            LOG.infof("Brief of job %s withdrawn; billing has no budget for it", withdrawn.jobNumber());
            return;
        }
        JobBudget budget = lock(withdrawn.jobNumber());
        if (budget.closeFor(withdrawn.withdrawnAt(), withdrawn.reason(), clock.now())) {
            move(budget, BudgetMovementKind.CLOSED, Amount.zero(budget.currency), withdrawn.briefId(),
                    "Brief withdrawn: " + withdrawn.reason(), withdrawn.withdrawnBy());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BudgetView view(String jobNumber) {
        access.require(BillingPermission.SEE_MONEY);
        JobBudget budget = requireVisible(jobNumber);
        return BudgetView.of(budget, BudgetOverrun.ofJob(budget.jobNumber));
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
    public Optional<Amount> bookActual(String jobNumber, Booking booking) {
        JobBudget budget = lock(jobNumber);
        if (booking.amount().isPositive()) {
            budget.requireOpen("a new " + booking.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        budget.budgetAmount().requireSameCurrency(booking.amount());
        announce(budget, budget.addActual(booking.amount(), clock.now()));
        return flagOverrun(budget, booking);
    }

    /**
     * An approved payable is committed: promised to a vendor, not yet spent, and counted by the alerts. Answers the
     * part of it beyond the budget, if any.
     */
    public Optional<Amount> commit(String jobNumber, Booking booking) {
        JobBudget budget = lock(jobNumber);
        budget.requireOpen("approving a payable");
        budget.budgetAmount().requireSameCurrency(booking.amount());
        announce(budget, budget.addCommitted(booking.amount(), clock.now()));
        return flagOverrun(budget, booking);
    }

    /**
     * A booking beyond the budget is accepted but flagged: listed with the budget, and the one that crosses it
     * announced as BudgetExceeded (once per crossing). Answers the part of the booking beyond the budget.
     */
    private Optional<Amount> flagOverrun(JobBudget budget, Booking booking) {
        if (!booking.amount().isPositive() || !budget.overBy().isPositive()) {
            return Optional.empty();
        }
        Instant now = clock.now();
        Amount beyond = budget.beyondBudget(booking.amount());
        boolean crossing = budget.markOverBudget(now);
        BudgetOverrun overrun = new BudgetOverrun();
        overrun.id = UUID.randomUUID();
        overrun.jobNumber = budget.jobNumber;
        overrun.bookingKind = booking.kind();
        overrun.bookingId = booking.id();
        overrun.amount = booking.amount().value();
        overrun.overBy = beyond.value();
        overrun.spentAfter = budget.spent().value();
        overrun.budget = budget.budget;
        overrun.currency = budget.currency;
        overrun.announced = crossing;
        overrun.bookedAt = now;
        overrun.persist();
        if (crossing) {
            outbox.record(new BudgetExceeded(budget.jobNumber, budget.clientId, budget.budgetAmount().toWire(),
                    budget.actualsAmount().toWire(), budget.committedAmount().toWire(), budget.overBy().toWire(),
                    booking.kind(), booking.id(), booking.amount().toWire(), now));
        }
        return Optional.of(beyond);
    }

    /** A released payable is spent: it leaves committed and becomes an actual; what the alerts count stays. */
    public JobBudget spendCommitted(String jobNumber, Amount amount) {
        JobBudget budget = lock(jobNumber);
        budget.budgetAmount().requireSameCurrency(amount);
        announce(budget, budget.spendCommitted(amount, clock.now()));
        return budget;
    }

    /**
     * An approved estimate becomes the basis of the budget, replacing the brief's provisional figure or an older
     * estimate; every approved change order stays on top of it.
     */
    public JobBudget replaceWithEstimate(String jobNumber, Amount total, UUID estimateId, int estimateVersion) {
        JobBudget budget = lock(jobNumber);
        budget.requireOpen("approving an estimate");
        Amount before = budget.budgetAmount();
        List<Integer> reached = budget.rebase(total, BudgetBasis.ESTIMATE, clock.now());
        move(budget, BudgetMovementKind.ESTIMATE_APPROVED, difference(before, budget), estimateId,
                "Estimate version " + estimateVersion + " approved at " + total, access.staffId());
        announce(budget, reached);
        return budget;
    }

    /** An approved change order raises the budget by its difference. */
    public JobBudget raise(String jobNumber, Amount difference, UUID changeOrderId, String reason) {
        JobBudget budget = lock(jobNumber);
        budget.requireOpen("approving a change order");
        Instant now = clock.now();
        List<Integer> reached = budget.raise(difference, now);
        move(budget, BudgetMovementKind.CHANGE_ORDER_APPROVED, difference, changeOrderId, reason, access.staffId());
        if (difference.isPositive()) {
            outbox.record(new BudgetRaised(budget.jobNumber, budget.clientId, changeOrderId, difference.toWire(),
                    budget.budgetAmount().toWire(), budget.actualsAmount().toWire(), reason, access.staffId(), now));
        }
        announce(budget, reached);
        return budget;
    }

    /** The job's budget ledger, oldest movement first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BudgetMovementView> ledger(String jobNumber, PageRequest page) {
        access.require(BillingPermission.SEE_MONEY);
        JobBudget budget = requireVisible(jobNumber);
        ListQuery query = ListQuery.everything().and("jobNumber", budget.jobNumber);
        return ListQuery.page(BudgetMovement.<BudgetMovement>find(query.where(), query.sort(page),
                query.parameters()), page).map(BudgetMovementView::of);
    }

    /**
     * Locks the budget row, reloading it unless this transaction holds the lock already ({@link RowLock}: the access
     * check has read it, and locking it as read would make every concurrent booking a 409).
     */
    public JobBudget lock(String jobNumber) {
        JobBudget budget = find(jobNumber).orElseThrow(() -> NotFoundProblem.of("Job budget", jobNumber));
        return RowLock.reload(JobBudget.getEntityManager(), budget);
    }

    private void announce(JobBudget budget, List<Integer> reached) {
        Instant now = clock.now();
        for (int percent : reached) {
            outbox.record(new BudgetThresholdReached(budget.jobNumber, budget.clientId, percent,
                    budget.budgetAmount().toWire(), budget.actualsAmount().toWire(),
                    budget.committedAmount().toWire(), now));
        }
    }

    private static Amount difference(Amount before, JobBudget budget) {
        return budget.budgetAmount().minus(before);
    }

    private void move(JobBudget budget, BudgetMovementKind kind, Amount amount, UUID sourceId, String reason,
                      UUID by) {
        BudgetMovement movement = new BudgetMovement();
        movement.id = UUID.randomUUID();
        movement.jobNumber = budget.jobNumber;
        movement.clientId = budget.clientId;
        movement.kind = kind;
        movement.amount = amount.value();
        movement.budgetAfter = budget.budget;
        movement.currency = budget.currency;
        movement.sourceId = sourceId;
        movement.reason = reason.length() <= 500 ? reason : reason.substring(0, 499) + "\u2026";
        movement.movedBy = by;
        movement.movedAt = clock.now();
        movement.persist();
    }
}
