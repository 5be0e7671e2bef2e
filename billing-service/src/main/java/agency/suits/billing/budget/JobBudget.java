package agency.suits.billing.budget;

import agency.suits.billing.MoneyColumn;
import agency.suits.domain.WrongState;
import agency.suits.domain.money.Amount;
import agency.suits.domain.money.MoneyException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A job's budget with its running actuals and committed payables, all in the budget's currency. */
@Entity
public class JobBudget extends PanacheEntityBase {

    @Id
    public String jobNumber;

    public UUID clientId;

    public String currency;

    @Column(precision = 19, scale = 4)
    public BigDecimal budget;

    @Enumerated(EnumType.STRING)
    public BudgetBasis basis;

    @Column(precision = 19, scale = 4)
    public BigDecimal actuals;

    @Column(precision = 19, scale = 4)
    public BigDecimal committed;

    /** Every approved change order's difference: the budget is its basis (brief or estimate) plus these. */
    @Column(precision = 19, scale = 4)
    public BigDecimal changeOrders;

    @Column(name = "reached_80_at")
    public Instant reached80At;

    @Column(name = "reached_100_at")
    public Instant reached100At;

    /** Set while actuals plus committed are over the budget: the crossing has been announced. */
    public Instant overBudgetAt;

    public Instant openedAt;

    /** When the brief was last submitted: a withdrawal from before it no longer closes the budget. */
    public Instant briefSubmittedAt;

    /** Set while the brief is withdrawn: nothing new is booked until it is submitted again. */
    public Instant closedAt;

    public String closedReason;

    public Instant updatedAt;

    @Version
    public long version;

    public static JobBudget open(String jobNumber, UUID clientId, Amount figure, Instant submittedAt, Instant at) {
        JobBudget budget = new JobBudget();
        budget.jobNumber = jobNumber;
        budget.clientId = clientId;
        budget.currency = figure.currency();
        budget.budget = figure.value();
        budget.basis = BudgetBasis.PROVISIONAL;
        budget.actuals = Amount.zero(figure.currency()).value();
        budget.committed = budget.actuals;
        budget.changeOrders = budget.actuals;
        budget.openedAt = at;
        budget.briefSubmittedAt = submittedAt;
        budget.updatedAt = at;
        return budget;
    }

    public boolean closed() {
        return closedAt != null;
    }

    /**
     * Refuses a new booking or budget change while the brief is withdrawn (409): work done before stays booked and
     * billable, and anything new waits for the brief to come back.
     */
    public void requireOpen(String what) {
        if (closed()) {
            throw new WrongState("The brief of job " + jobNumber + " was withdrawn (" + closedReason + "): " + what
                    + " waits until the brief is submitted again");
        }
    }

    /** Closes the budget for a withdrawal made after the last submission; answers whether it did. */
    boolean closeFor(Instant withdrawnAt, String reason, Instant at) {
        if (closed() || withdrawnAt.isBefore(briefSubmittedAt)) {
            return false;
        }
        closedAt = withdrawnAt;
        closedReason = reason.length() <= 1000 ? reason : reason.substring(0, 999) + "\u2026";
        updatedAt = at;
        return true;
    }

    /** A submission records its time and, when it comes after the withdrawal, reopens; answers whether it did. */
    boolean submitted(Instant submittedAt, Instant at) {
        if (submittedAt.isAfter(briefSubmittedAt)) {
            briefSubmittedAt = submittedAt;
        }
        if (!closed() || !submittedAt.isAfter(closedAt)) {
            return false;
        }
        closedAt = null;
        closedReason = null;
        updatedAt = at;
        return true;
    }

    public Amount budgetAmount() {
        return Amount.of(budget, currency);
    }

    public Amount actualsAmount() {
        return Amount.of(actuals, currency);
    }

    public Amount committedAmount() {
        return Amount.of(committed, currency);
    }

    /** What is left once actuals and committed payables are taken off; negative when overspent. */
    public Amount remaining() {
        return budgetAmount().minus(actualsAmount()).minus(committedAmount());
    }

    public Amount changeOrdersAmount() {
        return Amount.of(changeOrders, currency);
    }

    /** What counts against the budget for the alerts: spent (actuals) and promised to vendors (committed). */
    public Amount spent() {
        return actualsAmount().plus(committedAmount());
    }

    /** How far actuals plus committed are over the budget; zero while within it. */
    public Amount overBy() {
        Amount over = spent().minus(budgetAmount());
        return over.isPositive() ? over : Amount.zero(currency);
    }

    /**
     * The part of a booking that lies beyond the budget, once it is booked: all of it when the job was over
     * already, none while the job stays within.
     */
    Amount beyondBudget(Amount booked) {
        Amount over = overBy();
        return over.compareTo(booked) < 0 ? over : booked;
    }

    /** Marks the crossing of the budget; answers whether this is a new crossing, to be announced. */
    boolean markOverBudget(Instant at) {
        if (overBudgetAt != null || !overBy().isPositive()) {
            return false;
        }
        overBudgetAt = at;
        return true;
    }

    /**
     * A new basis (a brief's figure, an approved estimate): the budget is it plus every approved change order, which
     * a later estimate never drops. Answers the thresholds now reached for the first time.
     */
    List<Integer> rebase(Amount basisFigure, BudgetBasis newBasis, Instant at) {
        Amount raises = changeOrders == null ? Amount.zero(basisFigure.currency()) : changeOrdersAmount();
        setFigure(basisFigure.plus(raises), newBasis, at);
        return evaluate(at);
    }

    /** An approved change order raises the budget by its difference. */
    List<Integer> raise(Amount difference, Instant at) {
        changeOrders = MoneyColumn.require(changeOrdersAmount().plus(difference), "the change orders of job "
                + jobNumber).value();
        setFigure(budgetAmount().plus(difference), basis, at);
        return evaluate(at);
    }

    /** Sets the figure; the currency cannot change once money is booked against the job. */
    void setFigure(Amount figure, BudgetBasis newBasis, Instant at) {
        if (!figure.currency().equals(currency) && (!actualsAmount().isZero() || !committedAmount().isZero())) {
            throw new MoneyException("job " + jobNumber + " is budgeted in " + currency
                    + " and has money booked; its budget cannot move to " + figure.currency());
        }
        currency = figure.currency();
        budget = MoneyColumn.require(figure, "the budget of job " + jobNumber).value();
        basis = newBasis;
        updatedAt = at;
    }

    /** Adds an actual and answers the thresholds this addition reached for the first time. */
    List<Integer> addActual(Amount amount, Instant at) {
        actuals = MoneyColumn.require(actualsAmount().plus(amount), "the actuals of job " + jobNumber).value();
        updatedAt = at;
        return evaluate(at);
    }

    List<Integer> addCommitted(Amount amount, Instant at) {
        committed = MoneyColumn.require(committedAmount().plus(amount), "the committed payables of job "
                + jobNumber).value();
        updatedAt = at;
        return evaluate(at);
    }

    /** A released payable: spent now, no longer promised; what counts for the alerts does not move. */
    List<Integer> spendCommitted(Amount amount, Instant at) {
        committed = committedAmount().minus(amount).value();
        return addActual(amount, at);
    }

    /**
     * The alerts after any movement of the budget or of what is spent against it: a threshold newly reached is
     * marked and answered; one no longer reached (the budget was raised) is re-armed, so crossing it again later
     * announces it again.
     */
    List<Integer> evaluate(Instant at) {
        List<Integer> reached = BurnThresholds.newlyReached(budgetAmount(), spent(), reachedThresholds());
        for (int percent : reached) {
            if (percent == 80) {
                reached80At = at;
            } else {
                reached100At = at;
            }
        }
        if (reached80At != null && !BurnThresholds.reaches(budgetAmount(), spent(), 80)) {
            reached80At = null;
        }
        if (reached100At != null && !BurnThresholds.reaches(budgetAmount(), spent(), 100)) {
            reached100At = null;
        }
        if (overBudgetAt != null && !overBy().isPositive()) {
            overBudgetAt = null;
        }
        return reached;
    }

    Set<Integer> reachedThresholds() {
        Set<Integer> reached = new HashSet<>();
        if (reached80At != null) {
            reached.add(80);
        }
        if (reached100At != null) {
            reached.add(100);
        }
        return reached;
    }
}
