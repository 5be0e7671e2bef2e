package agency.suits.events;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * An exact amount in an ISO 4217 currency. On the wire the amount is a decimal string ({@code "1250.00"}) so
 * that no consumer, in any language, reads it into a floating-point number; its scale is kept as written.
 */
public record Money(
        @JsonSerialize(using = AmountJson.Writer.class)
        @JsonDeserialize(using = AmountJson.Reader.class)
        BigDecimal amount,
        String currency) {

    /** Enough for every ISO 4217 minor unit; more would only carry rounding noise between services. */
    public static final int MAX_FRACTION_DIGITS = 4;

    /** Same rule as the {@code money.amount} pattern in the schemas. */
    public static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]{1," + MAX_FRACTION_DIGITS + "})?");
    public static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        Invariants.present(amount, "amount");
        Invariants.present(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative, was " + amount.toPlainString());
        }
        // A negative scale (1E+3) would come back from JSON as a different BigDecimal (1000).
        if (amount.scale() < 0 || amount.scale() > MAX_FRACTION_DIGITS) {
            throw new IllegalArgumentException("amount must have 0 to " + MAX_FRACTION_DIGITS
                    + " decimal places, was " + amount.toPlainString());
        }
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, was " + currency);
        }
        Currency.getInstance(currency);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public boolean sameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
