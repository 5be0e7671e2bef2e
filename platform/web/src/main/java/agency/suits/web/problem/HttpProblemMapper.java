package agency.suits.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Set;

/**
 * What the HTTP layer rejects before or around our code: unknown paths, wrong methods, media types, unreadable bodies
 * and parameters. The subclasses are listed one by one so that no built-in mapper for them wins.
 */
public class HttpProblemMapper {

    private static final Logger LOG = Logger.getLogger(HttpProblemMapper.class);
    private static final Set<String> HEADERS_NOT_COPIED = Set.of("content-type", "content-length");

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response notFound(NotFoundException e, UriInfo uriInfo) {
        return map(e, uriInfo, null);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response notAllowed(NotAllowedException e, UriInfo uriInfo, Request request) {
        // Quarkus REST sends no Allow header here; OPTIONS on the same path answers with one
        Problem problem = Problem.of(ProblemType.METHOD_NOT_ALLOWED, "Method " + request.getMethod()
                + " is not allowed on " + RequestPath.of(uriInfo) + "; OPTIONS lists the allowed ones");
        return problem.at(RequestPath.of(uriInfo)).toResponse();
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response notAcceptable(NotAcceptableException e, UriInfo uriInfo, HttpHeaders headers) {
        return map(e, uriInfo, headers);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response notSupported(NotSupportedException e, UriInfo uriInfo, HttpHeaders headers) {
        return map(e, uriInfo, headers);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response badRequest(BadRequestException e, UriInfo uriInfo) {
        return map(e, uriInfo, null);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response other(WebApplicationException e, UriInfo uriInfo, HttpHeaders headers) {
        return map(e, uriInfo, headers);
    }

    private Response map(WebApplicationException e, UriInfo uriInfo, HttpHeaders headers) {
        Problem problem = problemFor(e, uriInfo, headers).at(RequestPath.of(uriInfo));
        Response.ResponseBuilder response = Response.fromResponse(problem.toResponse());
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!HEADERS_NOT_COPIED.contains(name.toLowerCase())) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.type(Problem.MEDIA_TYPE_TYPE).build();
    }

    private Problem problemFor(WebApplicationException e, UriInfo uriInfo, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return JsonBodyProblems.describe(json);
        }
        return switch (status) {
            case 400 -> Problem.of(ProblemType.INVALID_PARAMETER, "A parameter of the request could not be read");
            case 404 -> cause != null
                    // JAX-RS answers 404 when a query or path parameter does not convert; it is a bad request
                    ? Problem.of(ProblemType.INVALID_PARAMETER,
                            "A path or query parameter has a value of the wrong type")
                    : Problem.of(ProblemType.NOT_FOUND, "There is nothing at " + RequestPath.of(uriInfo));
            case 405 -> Problem.of(ProblemType.METHOD_NOT_ALLOWED, "The method is not allowed here");
            case 406 -> Problem.of(ProblemType.NOT_ACCEPTABLE, "None of the media types in Accept ("
                    + accepted(headers) + ") can be produced here");
            case 413 -> Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large");
            case 415 -> Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content type " + sent(headers)
                    + " is not supported here");
            default -> other(e, status);
        };
    }

    private Problem other(WebApplicationException e, int status) {
        if (status >= 500) {
            LOG.errorf(e, "Request failed with status %d", status);
        }
        // a WebApplicationException a resource throws on purpose carries its own message; a 5xx one says nothing inside
        String detail = status >= 500 || e.getMessage() == null ? "The request was answered with status " + status
                : e.getMessage();
        return Problem.ofStatus(status, detail);
    }

    private static String accepted(HttpHeaders headers) {
        if (headers == null) {
            return "none";
        }
        List<String> accept = headers.getRequestHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.isEmpty() ? "none" : String.join(", ", accept);
    }

    private static String sent(HttpHeaders headers) {
        MediaType type = headers == null ? null : headers.getMediaType();
        return type == null ? "(none)" : "'" + type + "'";
    }
}
