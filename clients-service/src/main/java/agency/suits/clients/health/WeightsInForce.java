package agency.suits.clients.health;

import agency.suits.clients.ClientsConfig;
import agency.suits.events.clients.RuleSetting;
import agency.suits.settings.RuleSettings;

/**
 * The health weights in force when asked: an ADMIN's change of a HEALTH_WEIGHT_ setting, else the configured weight.
 * A signal keeps the weight it was observed with until it changes (escalates, clears); new signals take the new one.
 */
final class WeightsInForce implements ClientsConfig.Health.Weights {

    private final RuleSettings settings;
    private final ClientsConfig.Health.Weights configured;

    WeightsInForce(RuleSettings settings, ClientsConfig.Health.Weights configured) {
        this.settings = settings;
        this.configured = configured;
    }

    @Override
    public int workRejected() {
        return settings.wholeNumber(RuleSetting.HEALTH_WEIGHT_WORK_REJECTED, configured.workRejected());
    }

    @Override
    public int changesRequested() {
        return settings.wholeNumber(RuleSetting.HEALTH_WEIGHT_CHANGES_REQUESTED, configured.changesRequested());
    }

    @Override
    public int slowApproval() {
        return settings.wholeNumber(RuleSetting.HEALTH_WEIGHT_SLOW_APPROVAL, configured.slowApproval());
    }

    @Override
    public int revisionLimitExceeded() {
        return settings.wholeNumber(RuleSetting.HEALTH_WEIGHT_REVISION_LIMIT_EXCEEDED,
                configured.revisionLimitExceeded());
    }

    @Override
    public int budgetOverrun() {
        return settings.wholeNumber(RuleSetting.HEALTH_WEIGHT_BUDGET_OVERRUN, configured.budgetOverrun());
    }

    @Override
    public int invoiceOverdue() {
        return settings.wholeNumber(RuleSetting.HEALTH_WEIGHT_INVOICE_OVERDUE, configured.invoiceOverdue());
    }

    @Override
    public int invoiceOverdueAgeStep() {
        return settings.wholeNumber(RuleSetting.HEALTH_WEIGHT_INVOICE_OVERDUE_AGE_STEP,
                configured.invoiceOverdueAgeStep());
    }

    @Override
    public int noRecentInteraction() {
        return settings.wholeNumber(RuleSetting.HEALTH_WEIGHT_NO_RECENT_INTERACTION, configured.noRecentInteraction());
    }

    @Override
    public int contractEndingWithoutRenewal() {
        return settings.wholeNumber(RuleSetting.HEALTH_WEIGHT_CONTRACT_ENDING_WITHOUT_RENEWAL,
                configured.contractEndingWithoutRenewal());
    }
}
