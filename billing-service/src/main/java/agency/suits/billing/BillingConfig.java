package agency.suits.billing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Billing's business settings. */
@ConfigMapping(prefix = "suits.billing")
public interface BillingConfig {

    /** Days between issuing an invoice and its due date, unless the invoice says otherwise. */
    @WithDefault("30")
    int paymentTermsDays();

    /** The price of a revision round beyond the contract's, as a percentage of the job's budget (change orders). */
    @WithDefault("10")
    BigDecimal extraRoundPercent();

    /**
     * The largest payable a supervisor may approve, per ISO 4217 currency; above it a director must. A currency not
     * listed has no supervisor limit: only directors approve payables in it.
     */
    Map<String, BigDecimal> supervisorPayableLimit();

    /**
     * The largest invoice (its total) a supervisor may approve, per ISO 4217 currency; above it a director must. A
     * currency not listed has no supervisor limit: only directors approve invoices in it.
     */
    Map<String, BigDecimal> supervisorInvoiceLimit();

    /** The overdue stages, in days past due, each announced once per invoice by InvoiceOverdue. */
    @WithDefault("1,30,60")
    List<Integer> overdueStages();

    /** How often overdue invoices are looked for (a duration such as 1h; "off" stops it, as the tests do). */
    @WithDefault("1h")
    String overdueCheck();

    /**
     * How often retainer invoices are drafted for periods that have started (a duration such as 1h; "off" stops
     * it, as the tests do).
     */
    @WithDefault("1h")
    String retainerInvoicing();
}
