package agency.suits.creative.job;

import agency.suits.web.problem.InvalidParameterProblem;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** Query parameters read as text, so a wrong value is a 400 naming the parameter rather than a bare 404. */
final class QueryValues {

    private QueryValues() {
    }

    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 100) {
            throw new InvalidParameterProblem(name, "must be at most 100 characters");
        }
        return value.trim();
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterProblem(name, "must be a UUID");
        }
    }

    static JobStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return JobStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterProblem("status", "must be one of " + Arrays.stream(JobStatus.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterProblem(name, "must be true or false");
        };
    }
}
