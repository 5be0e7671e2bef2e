package agency.suits.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import agency.suits.web.RequestIds;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An RFC 9457 problem document: the body of every error response of every service.
 *
 * <p>{@code errors} names the offending fields of a request; {@code allowedActions} tells a client what it can still
 * do with a resource after a conflict; {@code correlationId} lets support find the log entry of an unexpected failure;
 * {@code requestId} is the request's X-Request-Id, in every log line the request wrote, here and at the gateway.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "allowedActions", "correlationId",
        "requestId"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        List<String> allowedActions,
        String correlationId,
        String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA_TYPE_TYPE = MediaType.valueOf(MEDIA_TYPE);

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        allowedActions = allowedActions == null ? List.of() : List.copyOf(allowedActions);
        requestId = requestId == null ? RequestIds.current() : requestId;
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, null, null, null);
    }

    /** For statuses without a type of their own: RFC 9457 says {@code about:blank} with the status phrase as title. */
    public static Problem ofStatus(int status, String detail) {
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : "HTTP " + status;
        return new Problem("about:blank", title, status, detail, null, null, null, null, null);
    }

    public Problem at(String instance) {
        return new Problem(type, title, status, detail, instance, errors, allowedActions, correlationId, requestId);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, allowedActions, correlationId,
                requestId);
    }

    public Problem withAllowedActions(List<String> actions) {
        return new Problem(type, title, status, detail, instance, errors, actions, correlationId, requestId);
    }

    public Problem withCorrelationId(String id) {
        return new Problem(type, title, status, detail, instance, errors, allowedActions, id, requestId);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE_TYPE).entity(this).build();
    }
}
