package agency.suits.security;

import agency.suits.web.problem.Problem;
import agency.suits.web.problem.ProblemRoutes;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a request to {@code /api/**} that carries no bearer token with a 401 problem, before the HTTP permission
 * check would answer it with an empty 401 (Quarkus sends that challenge itself, bypassing exception mappers). The
 * permission {@code quarkus.http.auth.permission.api} stays the rule; this route only words the common refusal.
 * Tokens that are present but invalid fail authentication and reach {@link SecurityProblemMapper}.
 */
@ApplicationScoped
public class ApiTokenGuard {

    /** The same paths as {@code quarkus.http.auth.permission.api.paths}. */
    static final String API_PATHS = "/api/*";

    private final ObjectMapper json;

    ApiTokenGuard(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        // after authentication has been set up (-200), before the permission check (-100)
        router.route(API_PATHS).order(-SecurityHandlerPriorities.AUTHORIZATION - 10).handler(this::requireBearer);
    }

    private void requireBearer(RoutingContext request) {
        String authorization = request.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (BearerChallenge.carriesBearerToken(authorization)) {
            request.next();
            return;
        }
        // the body may still be arriving; let it drain so the connection stays usable
        request.request().resume();
        Problem problem = BearerChallenge.problem(request.request().path(), authorization);
        ProblemRoutes.end(ProblemRoutes.prepare(request, problem)
                .putHeader(BearerChallenge.WWW_AUTHENTICATE, BearerChallenge.header(authorization)), problem, json);
    }
}
