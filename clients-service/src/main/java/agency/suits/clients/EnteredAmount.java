package agency.suits.clients;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * What an amount in a request body must be before any rule looks at it: not negative (contracts and opportunities are
 * never worth less than nothing, and the events that carry a contract's money hold no negative amounts) and in a
 * currency ISO 4217 knows. The body's record checks it as it is read, so a wrong figure is a 400 naming the field,
 * like any unreadable value. Whether the amount fits the currency's minor units is the money rule's question, answered
 * later by {@code MoneyJson.toAmount()} with a 422.
 */
public final class EnteredAmount {

    private EnteredAmount() {
    }

    /**
     * Leaves a missing or malformed amount or currency to Bean Validation, which names it.
     *
     * @throws IllegalArgumentException for a negative amount or an unknown currency
     */
    public static void requireReadable(String field, String amount, String currency) {
        if (amount != null && isNegative(amount)) {
            throw new IllegalArgumentException(field + " must not be negative, was " + amount);
        }
        if (currency != null && !isIsoCurrency(currency)) {
            throw new IllegalArgumentException(field + " must be in an ISO 4217 currency such as EUR, not "
                    + currency);
        }
    }

    private static boolean isNegative(String amount) {
        try {
            return new BigDecimal(amount.strip()).signum() < 0;
        } catch (NumberFormatException notADecimal) {
            return false;
        }
    }

    private static boolean isIsoCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
