package agency.suits.billing.tax;

import agency.suits.domain.RuleBroken;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * How one client is taxed on one day: its treatment, country and VAT id, and the agency's rates of that country on
 * that day. Plain data, so that an invoice taxes itself with it.
 */
public record Taxation(TaxTreatment treatment, String country, String vatId, LocalDate on,
                       Map<TaxCategory, BigDecimal> percents) {

    public Taxation {
        percents = Map.copyOf(percents);
    }

    /** The percent a line of {@code category} (after the treatment) is taxed at; 422 when no rate is set for it. */
    public BigDecimal percentOf(TaxCategory category) {
        if (!category.hasRate()) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal percent = percents.get(category);
        if (percent == null) {
            throw new RuleBroken("No " + category + " tax rate is set for " + country + " on " + on
                    + "; finance sets it at /api/invoices/tax-rates");
        }
        return percent;
    }

    public boolean reverseCharge() {
        return treatment == TaxTreatment.REVERSE_CHARGE;
    }
}
