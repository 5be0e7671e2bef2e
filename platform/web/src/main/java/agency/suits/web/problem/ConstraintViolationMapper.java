package agency.suits.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures, one {@code errors} entry per violated field. Takes precedence over Quarkus' own
 * ResteasyReactiveViolationExceptionMapper (which answers in its own format) by being more specific and of higher
 * priority.
 */
public class ConstraintViolationMapper {

    private final UnexpectedProblemMapper unexpected = new UnexpectedProblemMapper();

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response map(ConstraintViolationException e, UriInfo uriInfo) {
        if (e.getConstraintViolations().stream().anyMatch(ConstraintViolationMapper::isReturnValue)) {
            // our response broke our own contract: a bug, not the client's fault
            return unexpected.map(e, uriInfo);
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        String detail = errors.size() == 1
                ? "Field '" + errors.get(0).field() + "' " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return Problem.of(ProblemType.CONSTRAINT_VIOLATION, detail).withErrors(errors)
                .at(RequestPath.of(uriInfo)).toResponse();
    }

    /** A broken constraint declaration is our bug; without this Quarkus' mapper would answer outside problem+json. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response map(ValidationException e, UriInfo uriInfo) {
        return unexpected.map(e, uriInfo);
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code create.body.contacts[0].email} becomes {@code contacts[0].email}: the client knows neither our method nor
     * our parameter names. A violation on a parameter itself (a query parameter, a missing body) keeps its name.
     */
    static String fieldOf(Path path) {
        String parameter = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(position == null ? "" : position).append(']');
            }
            if ((kind == ElementKind.PROPERTY) && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.isEmpty()) {
            return parameter == null ? "" : parameter;
        }
        return field.toString();
    }
}
