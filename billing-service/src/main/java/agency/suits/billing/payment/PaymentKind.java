package agency.suits.billing.payment;

/** Money in from the client (PAYMENT) or back out to it from a credit balance (REFUND). */
public enum PaymentKind {
    PAYMENT,
    REFUND
}
