package agency.suits.events.clients;

import java.math.BigDecimal;

/**
 * The agency's rules an ADMIN may change while the services run (docs/rule-settings.md). Each names the service that
 * applies it and the values it takes; a service's property file gives the value until an ADMIN changes it.
 */
public enum RuleSetting {
    /** How many active (ACTIVE or AT_RISK) accounts one account executive may be on. */
    EXECUTIVE_ACCOUNT_CAP("clients-service", RuleValue.Number.whole(1, 50)),
    /** A client whose relationship health scores below this is at risk. */
    AT_RISK_BELOW("clients-service", RuleValue.Number.whole(1, 100)),
    /** What each health signal takes off the score of 100 (docs/clients-service.md, the scoring model). */
    HEALTH_WEIGHT_WORK_REJECTED("clients-service", RuleValue.Number.whole(1, 100)),
    HEALTH_WEIGHT_CHANGES_REQUESTED("clients-service", RuleValue.Number.whole(1, 100)),
    HEALTH_WEIGHT_SLOW_APPROVAL("clients-service", RuleValue.Number.whole(1, 100)),
    HEALTH_WEIGHT_REVISION_LIMIT_EXCEEDED("clients-service", RuleValue.Number.whole(1, 100)),
    HEALTH_WEIGHT_BUDGET_OVERRUN("clients-service", RuleValue.Number.whole(1, 100)),
    HEALTH_WEIGHT_INVOICE_OVERDUE("clients-service", RuleValue.Number.whole(1, 100)),
    /** What an overdue invoice weighs more at 30 and again at 60 days overdue. */
    HEALTH_WEIGHT_INVOICE_OVERDUE_AGE_STEP("clients-service", RuleValue.Number.whole(0, 50)),
    HEALTH_WEIGHT_NO_RECENT_INTERACTION("clients-service", RuleValue.Number.whole(1, 100)),
    HEALTH_WEIGHT_CONTRACT_ENDING_WITHOUT_RENEWAL("clients-service", RuleValue.Number.whole(1, 100)),
    /** Days between issuing an invoice and its due date, unless the invoice says otherwise. */
    PAYMENT_TERMS_DAYS("billing-service", RuleValue.Number.whole(1, 365)),
    /** The price of a revision round beyond the contract's, as a percentage of the job's budget (change orders). */
    EXTRA_ROUND_PERCENT("billing-service", new RuleValue.Number(2, BigDecimal.ZERO, BigDecimal.valueOf(100))),
    /** The days past due at which an unpaid invoice is announced overdue (InvoiceOverdue), each once. */
    OVERDUE_STAGES("billing-service", new RuleValue.Days(10, 1, 365)),
    /** The largest payable a supervisor may approve, per currency; above it, or in a currency not listed, directors. */
    SUPERVISOR_PAYABLE_LIMIT("billing-service", new RuleValue.AmountsPerCurrency(20)),
    /** The largest invoice total a supervisor may approve, per currency; above it, or not listed, a director. */
    SUPERVISOR_INVOICE_LIMIT("billing-service", new RuleValue.AmountsPerCurrency(20));

    private final String appliedBy;
    private final RuleValue value;

    RuleSetting(String appliedBy, RuleValue value) {
        this.appliedBy = appliedBy;
        this.value = value;
    }

    public String appliedBy() {
        return appliedBy;
    }

    /** What the setting takes, in words, for a refusal. */
    public String range() {
        return value.takes();
    }

    /**
     * The value in its one written form, or an IllegalArgumentException that says what the setting takes.
     */
    public String canonical(String value) {
        try {
            return this.value.canonical(value);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IllegalArgumentException(name() + " takes " + range() + ", not '" + value + "'");
        }
    }
}
