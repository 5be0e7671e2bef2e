package agency.suits.billing.estimate;

/** An estimate line is either a role's hours at its rate or a vendor's cost. */
public enum LineKind {
    ROLE_HOURS,
    VENDOR_COST
}
