package agency.suits.domain.money;

import agency.suits.domain.RuleBroken;

/** A money rule was broken (wrong minor units, unknown currency, currencies mixed): the caller's input, a 422. */
public class MoneyException extends RuleBroken {

    public MoneyException(String message) {
        super(message);
    }
}
