package agency.suits.events.billing;

/** What was booked against a job's budget: hours, a vendor cost, or a payable approved (committed). */
public enum BookingKind {
    TIME_ENTRY,
    COST_ENTRY,
    PAYABLE
}
