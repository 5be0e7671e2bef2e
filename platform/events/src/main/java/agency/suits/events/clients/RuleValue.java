package agency.suits.events.clients;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The values a rule setting takes, each written one way so that a value reads the same in the API, the event and
 * every service's copy. A value that does not fit is an IllegalArgumentException saying what the setting takes.
 */
public sealed interface RuleValue {

    /** Digits, and decimals after a point: no sign, no exponent, no grouping. */
    Pattern PLAIN_NUMBER = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,12})?");
    Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** What it takes, in words. */
    String takes();

    /** The value in its one written form. */
    String canonical(String value);

    /** A number from {@code lowest} to {@code highest} with up to {@code scale} decimals, written with exactly them. */
    record Number(int scale, BigDecimal lowest, BigDecimal highest) implements RuleValue {

        public static Number whole(int lowest, int highest) {
            return new Number(0, BigDecimal.valueOf(lowest), BigDecimal.valueOf(highest));
        }

        @Override
        public String takes() {
            String kind = scale == 0 ? "a whole number" : "a number with up to " + scale + " decimals";
            return kind + " from " + lowest.toPlainString() + " to " + highest.toPlainString();
        }

        @Override
        public String canonical(String value) {
            return parse(value == null ? "" : value.strip()).toPlainString();
        }

        BigDecimal parse(String text) {
            if (!PLAIN_NUMBER.matcher(text).matches()) {
                throw new IllegalArgumentException("not a plain number");
            }
            BigDecimal number = new BigDecimal(text);
            if (number.stripTrailingZeros().scale() > scale || number.compareTo(lowest) < 0
                    || number.compareTo(highest) > 0) {
                throw new IllegalArgumentException("out of range");
            }
            return number.setScale(scale, RoundingMode.UNNECESSARY);
        }
    }

    /** Up to {@code most} different days, each from {@code lowest} to {@code highest}, written ascending: 1,30,60. */
    record Days(int most, int lowest, int highest) implements RuleValue {

        @Override
        public String takes() {
            return "from 1 to " + most + " different whole numbers of days from " + lowest + " to " + highest
                    + ", separated by commas";
        }

        @Override
        public String canonical(String value) {
            TreeSet<Integer> days = new TreeSet<>();
            String[] parts = value == null ? new String[0] : value.split(",", -1);
            Number day = Number.whole(lowest, highest);
            for (String part : parts) {
                if (!days.add(day.parse(part.strip()).intValueExact())) {
                    throw new IllegalArgumentException("a day twice");
                }
            }
            if (days.isEmpty() || days.size() > most) {
                throw new IllegalArgumentException("too few or too many days");
            }
            return String.join(",", days.stream().map(String::valueOf).toList());
        }

        /** The days of a canonical value, ascending. */
        public static List<Integer> of(String canonical) {
            return Arrays.stream(canonical.split(",")).map(Integer::valueOf).toList();
        }
    }

    /**
     * An amount per ISO 4217 currency, up to {@code most} currencies, written as {@code EUR 5000.00,USD 6000.00} in
     * currency order; a currency left out has none.
     */
    record AmountsPerCurrency(int most) implements RuleValue {

        private static final Number AMOUNT = new Number(2, new BigDecimal("0.01"), new BigDecimal("999999999999"));

        @Override
        public String takes() {
            return "up to " + most + " amounts, each an ISO 4217 currency and an amount from 0.01 with up to 2 "
                    + "decimals (EUR 5000.00,USD 6000.00)";
        }

        @Override
        public String canonical(String value) {
            Map<String, BigDecimal> amounts = new TreeMap<>();
            for (String part : value == null ? new String[0] : value.split(",", -1)) {
                String[] currencyAndAmount = part.strip().split("\\s+");
                if (currencyAndAmount.length != 2 || !CURRENCY.matcher(currencyAndAmount[0]).matches()
                        || amounts.put(currencyAndAmount[0], AMOUNT.parse(currencyAndAmount[1])) != null) {
                    throw new IllegalArgumentException("not a currency and an amount");
                }
            }
            if (amounts.isEmpty() || amounts.size() > most) {
                throw new IllegalArgumentException("too few or too many currencies");
            }
            List<String> written = new ArrayList<>();
            amounts.forEach((currency, amount) -> written.add(currency + " " + amount.toPlainString()));
            return String.join(",", written);
        }

        /** The amounts of a canonical value, by currency. */
        public static Map<String, BigDecimal> of(String canonical) {
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            for (String part : canonical.split(",")) {
                String[] currencyAndAmount = part.split(" ");
                amounts.put(currencyAndAmount[0], new BigDecimal(currencyAndAmount[1]));
            }
            return amounts;
        }
    }
}
