package agency.suits.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns what Jackson says about a request body into words a client developer can act on, naming the field.
 * Jackson's own messages name our Java classes, so they never reach the client.
 */
final class JsonBodyProblems {

    private JsonBodyProblems() {
    }

    static Problem describe(JsonProcessingException e) {
        if (e instanceof StreamReadException || isTrailingGarbage(e)) {
            return Problem.of(ProblemType.MALFORMED_JSON, "The request body is not well-formed JSON"
                    + location(e));
        }
        if (!(e instanceof DatabindException databind)) {
            // StreamConstraintsException: a number or string beyond Jackson's size limits
            return Problem.of(ProblemType.INVALID_BODY, "The request body has a value beyond the size limits");
        }
        String field = fieldPath(databind);
        String message = messageFor(databind);
        if (field.isEmpty()) {
            return Problem.of(ProblemType.INVALID_BODY, "The request body " + message);
        }
        return Problem.of(ProblemType.INVALID_BODY, "Field '" + field + "' " + message)
                .withErrors(List.of(new FieldError(field, message)));
    }

    private static boolean isTrailingGarbage(JsonProcessingException e) {
        return e instanceof MismatchedInputException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Trailing token");
    }

    private static String location(JsonProcessingException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 0) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String messageFor(DatabindException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof IgnoredPropertyException) {
            return "is read-only and cannot be set";
        }
        if (e instanceof InvalidNullException || isNullForPrimitive(e)) {
            return "is required and must not be null";
        }
        if (e instanceof ValueInstantiationException) {
            return "has an invalid value" + causeMessage(e);
        }
        if (e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
                && text.indexOf('\0') >= 0) {
            return "must not contain a NUL character (\\u0000)";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + describe(mismatch.getTargetType());
        }
        return "has an invalid value";
    }

    private static boolean isNullForPrimitive(DatabindException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Cannot map `null` into type");
    }

    private static String causeMessage(DatabindException e) {
        Throwable cause = e.getCause();
        // a record's compact constructor rejecting a value explains itself; anything else stays generic
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return ": " + cause.getMessage();
        }
        return "";
    }

    static String describe(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class
                || type == Float.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == LocalDate.class) {
            return "a date (yyyy-MM-dd)";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == LocalDateTime.class) {
            return "a date-time (ISO 8601)";
        }
        if (type == LocalTime.class) {
            return "a time (HH:mm:ss)";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "an object" : "a valid value";
    }

    /** {@code contacts[0].email}: the path from the body's root to the offending value, as the client wrote it. */
    static String fieldPath(DatabindException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
