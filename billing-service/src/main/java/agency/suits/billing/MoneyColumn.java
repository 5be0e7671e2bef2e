package agency.suits.billing;

import agency.suits.domain.RuleBroken;
import agency.suits.domain.money.Amount;

import java.math.BigDecimal;

/**
 * What billing's money columns hold: {@code numeric(19, 4)}, so less than 10^15 either way. Every figure a request
 * can enter fits (MoneyJson allows 15 digits), but sums of them need not: a job's actuals, an estimate's total,
 * hours times a rate. Such a sum is refused as a rule of the agency's books (422) before it reaches the column,
 * which would otherwise refuse it as a database error (500).
 */
public final class MoneyColumn {

    /** The first figure a column cannot hold. */
    public static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

    private MoneyColumn() {
    }

    /** @param what the figure as a reader names it: "the actuals of job ACME-2026-0001" */
    public static Amount require(Amount amount, String what) {
        if (amount.value().abs().compareTo(LIMIT) >= 0) {
            throw new RuleBroken("This would make " + what + " " + amount + "; billing keeps figures below "
                    + LIMIT.toPlainString() + " in any currency");
        }
        return amount;
    }
}
