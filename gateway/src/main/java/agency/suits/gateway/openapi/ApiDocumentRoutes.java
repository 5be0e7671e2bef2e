package agency.suits.gateway.openapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import agency.suits.gateway.problem.Problems;
import agency.suits.gateway.proxy.RequestId;
import agency.suits.gateway.proxy.UpstreamProxy;
import agency.suits.gateway.upstream.UpstreamService;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves each service's OpenAPI document at {@code /openapi/<service>} by proxying its
 * {@code /q/openapi}, so the Swagger UI on the gateway can show every service from one origin (no
 * CORS set-up on the services) and "try it out" calls go through the gateway like any other caller's.
 */
@ApplicationScoped
public class ApiDocumentRoutes {

    private static final Logger LOG = Logger.getLogger(ApiDocumentRoutes.class);

    private static final String SERVICE_DOCUMENT = "/q/openapi";

    private final UpstreamProxy proxy;

    ApiDocumentRoutes(UpstreamProxy proxy) {
        this.proxy = proxy;
    }

    void mount(@Observes Router router) {
        router.route("/openapi/:service").handler(this::document);
    }

    void document(RoutingContext ctx) {
        try {
            String name = ctx.pathParam("service");
            var service = UpstreamService.byKey(name);
            if (service.isEmpty()) {
                Problems.send(ctx, Problems.unknownApiDocument(ctx, name));
                return;
            }
            HttpMethod method = ctx.request().method();
            if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
                ctx.response().putHeader("Allow", "GET, HEAD");
                Problems.send(ctx, Problems.methodNotAllowed(ctx, "GET"));
                return;
            }
            // The query carries the format choice (?format=json) through to the service.
            String query = ctx.request().query();
            proxy.forward(ctx, service.get(), query == null ? SERVICE_DOCUMENT : SERVICE_DOCUMENT + "?" + query);
        } catch (RuntimeException e) {
            LOG.errorf(e, "[%s] serving %s failed", RequestId.of(ctx), ctx.request().path());
            Problems.send(ctx, Problems.unexpected(ctx));
        }
    }
}
