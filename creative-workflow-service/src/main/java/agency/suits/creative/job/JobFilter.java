package agency.suits.creative.job;

import agency.suits.web.problem.InvalidParameterProblem;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** The list filters; null means "any". */
public record JobFilter(String jobNumber, UUID clientId, JobStatus status, UUID assignee, Boolean overdue) {

    /** As long as the creative_job column: no longer job number exists. */
    public static final int JOB_NUMBER_LENGTH = 32;

    /**
     * The filters from the query parameters, read as text so that a wrong value is a 400 naming the parameter
     * rather than a bare 404.
     */
    public static JobFilter fromQuery(String jobNumber, String clientId, String status, String assignee,
                                      String overdue) {
        return new JobFilter(text("jobNumber", jobNumber), uuid("clientId", clientId), status(status),
                uuid("assignee", assignee), bool("overdue", overdue));
    }

    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > JOB_NUMBER_LENGTH) {
            throw new InvalidParameterProblem(name, "must be at most " + JOB_NUMBER_LENGTH + " characters");
        }
        return value.trim();
    }

    private static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterProblem(name, "must be a UUID");
        }
    }

    private static JobStatus status(String value) {
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

    private static Boolean bool(String name, String value) {
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
