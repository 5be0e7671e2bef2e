package agency.suits.events.billing;

import agency.suits.events.Money;

final class SameCurrency {

    private SameCurrency() {
    }

    /** Figures of one job or invoice are compared with each other, which only makes sense in one currency. */
    static void check(Money first, Money... others) {
        for (Money other : others) {
            if (!first.sameCurrencyAs(other)) {
                throw new IllegalArgumentException("amounts must share one currency: " + first + ", " + other);
            }
        }
    }
}
