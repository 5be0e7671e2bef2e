package agency.suits.billing.money;

/** A money rule was broken (wrong minor units, unknown currency, currencies mixed); answered as 422. */
public class MoneyException extends RuntimeException {

    public MoneyException(String message) {
        super(message);
    }
}
