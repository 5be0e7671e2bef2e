package agency.suits.billing;

import agency.suits.events.clients.RuleSetting;
import agency.suits.settings.RuleSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Billing's business rules as they stand now: an ADMIN's change (RuleSettingChanged, docs/rule-settings.md) once it
 * has taken effect, else {@link BillingConfig}'s value. Every use of these rules reads them here.
 */
@ApplicationScoped
public class RulesInForce {

    @Inject BillingConfig config;
    @Inject RuleSettings settings;

    public int paymentTermsDays() {
        return settings.wholeNumber(RuleSetting.PAYMENT_TERMS_DAYS, config.paymentTermsDays());
    }

    public BigDecimal extraRoundPercent() {
        return settings.decimal(RuleSetting.EXTRA_ROUND_PERCENT, config.extraRoundPercent());
    }

    public List<Integer> overdueStages() {
        return settings.days(RuleSetting.OVERDUE_STAGES, config.overdueStages());
    }

    public Map<String, BigDecimal> supervisorPayableLimit() {
        return settings.amountsPerCurrency(RuleSetting.SUPERVISOR_PAYABLE_LIMIT, config.supervisorPayableLimit());
    }

    public Map<String, BigDecimal> supervisorInvoiceLimit() {
        return settings.amountsPerCurrency(RuleSetting.SUPERVISOR_INVOICE_LIMIT, config.supervisorInvoiceLimit());
    }
}
