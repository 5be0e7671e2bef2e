package agency.suits.events.billing;

public enum InvoiceKind {
    MILESTONE,
    RETAINER,
    TIME_AND_MATERIALS
}
