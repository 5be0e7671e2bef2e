package agency.suits.events.clients;

/** The kinds of trouble relationship health weighs; each {@link RiskReason} names one. */
public enum HealthSignal {
    WORK_REJECTED,
    CHANGES_REQUESTED,
    REVISION_LIMIT_EXCEEDED,
    SLOW_APPROVAL,
    BUDGET_OVERRUN,
    INVOICE_OVERDUE,
    NO_RECENT_INTERACTION,
    CONTRACT_ENDING_WITHOUT_RENEWAL
}
