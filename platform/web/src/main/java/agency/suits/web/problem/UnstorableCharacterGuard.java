package agency.suits.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Answers 400 for a NUL character in the path or a query parameter. PostgreSQL cannot store NUL in text, so such a
 * value would otherwise travel to the first query that binds it and come back as a 500. Request bodies are guarded by
 * {@link agency.suits.web.StrictJsonReading}; headers cannot carry NUL (the HTTP decoder refuses it).
 */
@ApplicationScoped
public class UnstorableCharacterGuard {

    static final String ENCODED_NUL = "%00";

    private final ObjectMapper json;

    UnstorableCharacterGuard(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::rejectNul);
    }

    private void rejectNul(RoutingContext request) {
        String uri = request.request().uri();
        if (uri.indexOf('\0') < 0 && !uri.toLowerCase(Locale.ROOT).contains(ENCODED_NUL)) {
            request.next();
            return;
        }
        String parameter = parameterWithNul(request);
        String detail = parameter == null
                ? "The path contains a NUL character (%00), which cannot be stored"
                : "Parameter '" + parameter + "' contains a NUL character (%00), which cannot be stored";
        Problem problem = Problem.of(ProblemType.INVALID_PARAMETER, detail)
                .withErrors(parameter == null ? List.of()
                        : List.of(new FieldError(parameter, "contains a NUL character")))
                .at(request.request().path());
        ProblemRoutes.end(ProblemRoutes.prepare(request, problem), problem, json);
    }

    private static String parameterWithNul(RoutingContext request) {
        try {
            for (Map.Entry<String, String> parameter : request.queryParams()) {
                if (parameter.getKey().indexOf('\0') >= 0 || parameter.getValue().indexOf('\0') >= 0) {
                    return parameter.getKey().replace("\0", "%00");
                }
            }
        } catch (RuntimeException undecodable) {
            // a query Vert.x cannot decode is answered by the service's own 400 further on
            return null;
        }
        return null;
    }
}
