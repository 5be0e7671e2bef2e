package agency.suits.events;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks the payload records run in their constructors: an event its JSON Schema would reject cannot be built
 * in Java either, so a publisher fails where the mistake is made, not in a consumer.
 */
public final class Invariants {

    /** Agency-wide readable job number: client code, year, sequence, for example {@code ACME-2026-0042}. */
    public static final String JOB_NUMBER_PATTERN = "[A-Z][A-Z0-9]{1,9}-[0-9]{4}-[0-9]{4,6}";
    public static final Pattern JOB_NUMBER = Pattern.compile(JOB_NUMBER_PATTERN);
    public static final Pattern CLIENT_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

    private Invariants() {
    }

    public static <T> T present(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " is required");
    }

    /**
     * Every listed field is present, named as it is in the schema: {@code required("invoiceId", invoiceId,
     * "clientId", clientId)}. One statement for a record's required fields, ahead of the checks that compare them.
     */
    public static void required(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("required takes pairs of a name and a value");
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            present(namesAndValues[i + 1], (String) namesAndValues[i]);
        }
    }

    public static String text(String value, String name) {
        if (present(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    public static String optionalText(String value, String name) {
        return value == null ? null : text(value, name);
    }

    public static int atLeast(int value, int minimum, String name) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + value);
        }
        return value;
    }

    public static int between(int value, int minimum, int maximum, String name) {
        if (value < minimum || value > maximum) {
            throw new IllegalArgumentException(
                    name + " must be between " + minimum + " and " + maximum + ", was " + value);
        }
        return value;
    }

    public static <T> List<T> list(List<T> values, String name) {
        return List.copyOf(present(values, name));
    }

    public static <T> List<T> nonEmpty(List<T> values, String name) {
        List<T> copy = list(values, name);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return copy;
    }

    /** A list in which nothing appears twice (the schemas' {@code uniqueItems}). */
    public static <T> List<T> distinct(List<T> values, String name) {
        List<T> copy = list(values, name);
        if (copy.stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException(name + " lists an entry twice: " + copy);
        }
        return copy;
    }

    public static String jobNumber(String value) {
        return matching(value, JOB_NUMBER, "jobNumber");
    }

    public static String optionalJobNumber(String value) {
        return value == null ? null : jobNumber(value);
    }

    public static String clientCode(String value) {
        return matching(value, CLIENT_CODE, "clientCode");
    }

    private static String matching(String value, Pattern pattern, String name) {
        if (!pattern.matcher(present(value, name)).matches()) {
            throw new IllegalArgumentException(name + " must match " + pattern + ", was " + value);
        }
        return value;
    }
}
