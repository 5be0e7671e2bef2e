package agency.suits.events.clients;

public enum BillingPeriod {
    MONTHLY,
    QUARTERLY
}
