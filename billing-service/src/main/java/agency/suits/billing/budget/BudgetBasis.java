package agency.suits.billing.budget;

/** Where a job's budget figure comes from: the brief's figure until an estimate is approved. */
public enum BudgetBasis {
    PROVISIONAL,
    ESTIMATE
}
