package agency.suits.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Answers 413 as problem+json. Quarkus enforces {@code quarkus.http.limits.max-body-size} in a Vert.x route that runs
 * before JAX-RS and answers with an empty body; this route runs just before it, with the same limit, for every request
 * that declares its Content-Length. A chunked body without a length is still cut off by Quarkus with an empty 413.
 */
@ApplicationScoped
public class OversizedBodyGuard {

    private final ObjectMapper json;
    private final Optional<String> maxBodySize;

    OversizedBodyGuard(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<String> maxBodySize) {
        this.json = json;
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        maxBodySize.map(size -> new MemorySizeConverter().convert(size)).map(MemorySize::asLongValue)
                .ifPresent(limit -> router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                        .handler(request -> rejectIfOversized(request, limit)));
    }

    private void rejectIfOversized(RoutingContext request, long limit) {
        long length = declaredLength(request);
        if (length <= limit) {
            request.next();
            return;
        }
        Problem problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body has " + length + " bytes; the limit is " + limit + " bytes")
                .at(request.request().path());
        HttpServerResponse response = ProblemRoutes.prepare(request, problem)
                // the unread rest of the body would otherwise be taken for the next request
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ended -> request.request().connection().close());
        ProblemRoutes.end(response, problem, json);
    }

    private static long declaredLength(RoutingContext request) {
        String header = request.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
