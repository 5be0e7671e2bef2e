package agency.suits.gateway.route;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import agency.suits.gateway.problem.Problems;
import agency.suits.gateway.proxy.RequestId;
import agency.suits.gateway.proxy.UpstreamProxy;
import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Mounts {@code /api/...} on the HTTP server: each path goes to the one service that owns its prefix. */
@ApplicationScoped
public class ApiRoutes {

    private static final Logger LOG = Logger.getLogger(ApiRoutes.class);

    /** Read by Quarkus' HTTP metrics and traces in place of the raw path. */
    private static final String PATH_TEMPLATE_LOCAL = "UrlPathTemplate";

    /**
     * TRACE would echo the caller's headers (tokens included) back through every hop, and CONNECT
     * would turn the gateway into a tunnel; no service has a use for either.
     */
    private static final Set<HttpMethod> NOT_FORWARDED = Set.of(HttpMethod.TRACE, HttpMethod.CONNECT);
    private static final String ALLOWED = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

    private final RouteTable routeTable = RouteTable.ofAllServices();
    private final UpstreamProxy proxy;

    ApiRoutes(UpstreamProxy proxy) {
        this.proxy = proxy;
    }

    void mount(@Observes Router router) {
        router.routeWithRegex("^/api(/.*)?$").handler(this::route);
    }

    void route(RoutingContext ctx) {
        try {
            // Route on the normalized path (dot segments resolved) and forward that same path, so the
            // service sees exactly what routing decided on: /api/clients/../payables cannot slip past.
            String path = ctx.normalizedPath();
            var route = routeTable.routeFor(path);
            if (route.isEmpty()) {
                Problems.send(ctx, Problems.noRoute(ctx));
                return;
            }
            if (NOT_FORWARDED.contains(ctx.request().method())) {
                ctx.response().putHeader("Allow", ALLOWED);
                Problems.send(ctx, Problems.methodNotAllowed(ctx, ALLOWED));
                return;
            }
            ContextLocals.put(PATH_TEMPLATE_LOCAL, route.get().templateFor(path));
            String query = ctx.request().query();
            proxy.forward(ctx, route.get().owner(), query == null ? path : path + "?" + query);
        } catch (RuntimeException e) {
            LOG.errorf(e, "[%s] routing %s failed", RequestId.of(ctx), ctx.request().path());
            Problems.send(ctx, Problems.unexpected(ctx));
        }
    }
}
