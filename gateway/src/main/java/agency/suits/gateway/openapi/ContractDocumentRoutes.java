package agency.suits.gateway.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import agency.suits.events.asyncapi.AsyncApiDocument;
import agency.suits.gateway.problem.Problems;
import agency.suits.gateway.proxy.RequestId;
import agency.suits.gateway.upstream.UpstreamClient;
import agency.suits.gateway.upstream.UpstreamService;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The documents of the whole system: {@code /openapi}, the four services' OpenAPI documents joined into one (read
 * from them on each call, so it is never older than what they serve), and {@code /asyncapi}, the AsyncAPI document
 * of every event, written from the event catalog the services are built with.
 */
@ApplicationScoped
public class ContractDocumentRoutes {

    private static final Logger LOG = Logger.getLogger(ContractDocumentRoutes.class);
    private static final String JSON = "application/json";
    private static final long DOCUMENT_TIMEOUT_MILLIS = 10_000;
    private static final String OWN_OPERATIONS = "/agency/suits/gateway/openapi/own-operations.json";

    private final UpstreamClient upstreams;
    private final String asyncApi = AsyncApiDocument.json();
    private final JsonObject own = ownOperations();

    ContractDocumentRoutes(UpstreamClient upstreams) {
        this.upstreams = upstreams;
    }

    void mount(@Observes Router router) {
        router.route("/openapi").handler(this::joined);
        router.route("/asyncapi").handler(this::events);
    }

    void events(RoutingContext ctx) {
        if (readOnly(ctx)) {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(asyncApi);
        }
    }

    void joined(RoutingContext ctx) {
        if (!readOnly(ctx)) {
            return;
        }
        Map<UpstreamService, Future<JsonObject>> reads = new LinkedHashMap<>();
        for (UpstreamService service : UpstreamService.values()) {
            reads.put(service, read(service));
        }
        List<Future<JsonObject>> all = new ArrayList<>(reads.values());
        Future.join(all).onComplete(done -> {
            Map<String, JsonObject> documents = new LinkedHashMap<>();
            for (Map.Entry<UpstreamService, Future<JsonObject>> read : reads.entrySet()) {
                if (read.getValue().failed()) {
                    LOG.warnf("[%s] no OpenAPI document from %s: %s", RequestId.of(ctx),
                            read.getKey().serviceName(), read.getValue().cause().toString());
                    Problems.send(ctx, Problems.upstreamUnreachable(ctx, read.getKey()));
                    return;
                }
                documents.put(read.getKey().serviceName(), read.getValue().result());
            }
            JoinedDocument joined = JoinedDocument.of(own.copy(), documents);
            if (!joined.conflicts().isEmpty()) {
                LOG.errorf("[%s] the services' OpenAPI documents do not join: %s", RequestId.of(ctx),
                        joined.conflicts());
                Problems.send(ctx, Problems.documentsConflict(ctx, joined.conflicts()));
                return;
            }
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(joined.document().encodePrettily());
        });
    }

    private Future<JsonObject> read(UpstreamService service) {
        return upstreams.open(service, HttpMethod.GET, "/q/openapi?format=json", DOCUMENT_TIMEOUT_MILLIS)
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture(service.serviceName() + " answered " + response.statusCode()))
                .map(Buffer::toJsonObject);
    }

    /** What the gateway answers itself ({@code /api/me/work}, {@code /api/book}), written by hand beside its routes. */
    private static JsonObject ownOperations() {
        try (InputStream in = ContractDocumentRoutes.class.getResourceAsStream(OWN_OPERATIONS)) {
            if (in == null) {
                throw new IllegalStateException(OWN_OPERATIONS + " is missing from the gateway");
            }
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean readOnly(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            return true;
        }
        ctx.response().putHeader("Allow", "GET, HEAD");
        Problems.send(ctx, Problems.methodNotAllowed(ctx, "GET"));
        return false;
    }
}
