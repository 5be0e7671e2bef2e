package agency.suits.billing.payable;

/** DRAFT -> APPROVED (committed on the budget) -> RELEASED (paid out; now an actual). */
public enum PayableStatus {
    DRAFT,
    APPROVED,
    RELEASED
}
