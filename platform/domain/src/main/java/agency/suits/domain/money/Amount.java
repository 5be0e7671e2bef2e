package agency.suits.domain.money;

import agency.suits.events.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact sum of money in one ISO 4217 currency, always held at the currency's minor units (EUR 2, JPY 0, BHD 3).
 *
 * <p>No floating point anywhere: amounts are {@link BigDecimal}s built from strings. Figures people enter must fit
 * the currency's minor units exactly (10.005 EUR is refused, never silently rounded). Figures the server computes
 * (hours x rate, percentages) are rounded once, at the end, with {@link #ROUNDING} (half-even, "banker's rounding"),
 * so that rounding errors do not drift in one direction over many entries.
 */
public final class Amount implements Comparable<Amount> {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private final BigDecimal value;
    private final Currency currency;

    private Amount(BigDecimal value, Currency currency) {
        this.value = value;
        this.currency = currency;
    }

    /** An entered figure: refused when it has more decimals than the currency's minor units. */
    public static Amount of(BigDecimal value, String currencyCode) {
        Objects.requireNonNull(value, "amount");
        Currency currency = currencyOf(currencyCode);
        int minorUnits = currency.getDefaultFractionDigits();
        BigDecimal stripped = value.stripTrailingZeros();
        if (Math.max(stripped.scale(), 0) > minorUnits) {
            throw new MoneyException("%s has %d minor units; %s has more decimals"
                    .formatted(currency.getCurrencyCode(), minorUnits, value.toPlainString()));
        }
        return new Amount(value.setScale(minorUnits, RoundingMode.UNNECESSARY), currency);
    }

    public static Amount of(String value, String currencyCode) {
        try {
            return of(new BigDecimal(value), currencyCode);
        } catch (NumberFormatException e) {
            throw new MoneyException("'" + value + "' is not a decimal amount");
        }
    }

    public static Amount zero(String currencyCode) {
        return of(BigDecimal.ZERO, currencyCode);
    }

    /** A computed figure (for example hours x rate): rounded half-even to the currency's minor units. */
    public static Amount computed(BigDecimal value, String currencyCode) {
        Currency currency = currencyOf(currencyCode);
        return new Amount(value.setScale(currency.getDefaultFractionDigits(), ROUNDING), currency);
    }

    public static Amount fromWire(Money money) {
        return of(money.amount(), money.currency());
    }

    static Currency currencyOf(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new MoneyException("'" + code + "' is not an ISO 4217 currency code");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new MoneyException("'" + code + "' is not an ISO 4217 currency code");
        }
        // gold, SDRs and the like have no minor units: nobody bills in them
        if (currency.getDefaultFractionDigits() < 0) {
            throw new MoneyException(code + " is not a currency the agency bills in");
        }
        return currency;
    }

    public BigDecimal value() {
        return value;
    }

    public String currency() {
        return currency.getCurrencyCode();
    }

    public int minorUnits() {
        return currency.getDefaultFractionDigits();
    }

    public Amount plus(Amount other) {
        requireSameCurrency(other);
        return new Amount(value.add(other.value), currency);
    }

    public Amount minus(Amount other) {
        requireSameCurrency(other);
        return new Amount(value.subtract(other.value), currency);
    }

    /** This amount times an exact factor (hours, quantity), rounded half-even to minor units once. */
    public Amount times(BigDecimal factor) {
        return new Amount(value.multiply(factor).setScale(minorUnits(), ROUNDING), currency);
    }

    /**
     * What percentage this is of {@code whole}, half-even to two decimals (812.50 of 1000.00 is 81.25). Null when
     * the whole is zero: a burn rate of a zero budget has no meaning.
     */
    public BigDecimal percentOf(Amount whole) {
        requireSameCurrency(whole);
        if (whole.value.signum() == 0) {
            return null;
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(whole.value, 2, ROUNDING);
    }

    /** True once this amount is at least {@code percent}% of {@code whole}; exact, no rounding involved. */
    public boolean reaches(int percent, Amount whole) {
        requireSameCurrency(whole);
        return value.multiply(BigDecimal.valueOf(100))
                .compareTo(whole.value.multiply(BigDecimal.valueOf(percent))) >= 0;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean sameCurrencyAs(Amount other) {
        return currency.equals(other.currency);
    }

    public void requireSameCurrency(Amount other) {
        if (!sameCurrencyAs(other)) {
            throw new MoneyException("cannot combine " + currency() + " with " + other.currency());
        }
    }

    /** The events' wire type; refuses negative amounts, which never travel. */
    public Money toWire() {
        return new Money(value, currency());
    }

    /** The amount as JSON carries it: a plain decimal string at the currency's minor units ("1250.00"). */
    public String text() {
        return value.toPlainString();
    }

    @Override
    public int compareTo(Amount other) {
        requireSameCurrency(other);
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount other && value.equals(other.value) && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, currency);
    }

    @Override
    public String toString() {
        return text() + " " + currency();
    }
}
