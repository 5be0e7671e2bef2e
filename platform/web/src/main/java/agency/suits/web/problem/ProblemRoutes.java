package agency.suits.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** Answers a problem from a Vert.x route, for the checks that run before JAX-RS and its exception mappers. */
public final class ProblemRoutes {

    private ProblemRoutes() {
    }

    /** The response, status and content type set, ready for further headers and {@link #end}. */
    public static HttpServerResponse prepare(RoutingContext request, Problem problem) {
        return request.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
    }

    public static void end(HttpServerResponse response, Problem problem, ObjectMapper json) {
        try {
            response.end(Buffer.buffer(json.writeValueAsBytes(problem)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem document must always serialize", e);
        }
    }
}
