package agency.suits.billing.changeorder;

import agency.suits.domain.money.Amount;

import java.math.BigDecimal;

/**
 * The price of a revision round beyond those the contract includes: a configured percentage of the job's current
 * budget, rounded half-even to the currency's minor units. The team can still draft their own figure by hand.
 */
public final class ExtraRoundPrice {

    private ExtraRoundPrice() {
    }

    public static Amount of(Amount budget, BigDecimal percent) {
        return budget.times(percent.movePointLeft(2));
    }
}
