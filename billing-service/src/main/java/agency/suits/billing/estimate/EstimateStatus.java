package agency.suits.billing.estimate;

/** DRAFT until a supervisor or director (not its author) approves it; a later approved version supersedes it. */
public enum EstimateStatus {
    DRAFT,
    APPROVED,
    SUPERSEDED
}
