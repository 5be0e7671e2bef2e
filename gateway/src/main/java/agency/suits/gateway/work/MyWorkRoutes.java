package agency.suits.gateway.work;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import agency.suits.gateway.problem.Problems;
import agency.suits.gateway.proxy.RequestId;
import agency.suits.gateway.upstream.UpstreamClient;
import agency.suits.gateway.upstream.UpstreamService;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/me/work}: the one path the gateway answers itself. It asks each service that keeps work for people
 * for the caller's part at once, with the caller's own token (each service decides from it what the caller may see),
 * and merges what came within {@link WorkConfig#timeout()}. The edge has already refused a caller without a valid
 * token (401) before this route runs.
 */
@ApplicationScoped
public class MyWorkRoutes {

    public static final String PATH = "/api/me/work";

    /**
     * The services with something that waits for a person. clients-service is not asked: what it tells people
     * (notifications) has its own list at /api/me/notifications, and nothing of its own waits for an action.
     */
    static final List<UpstreamService> PARTS = List.of(UpstreamService.BRIEFS, UpstreamService.CREATIVE,
            UpstreamService.BILLING);

    /** Before the route table's catch-all /api route, after the edge's checks. */
    private static final int ORDER = -10;

    private static final Logger LOG = Logger.getLogger(MyWorkRoutes.class);

    private final UpstreamClient upstreams;
    private final WorkConfig config;

    MyWorkRoutes(UpstreamClient upstreams, WorkConfig config) {
        this.upstreams = upstreams;
        this.config = config;
    }

    void mount(@Observes Router router) {
        router.route(PATH).order(ORDER).handler(this::work);
    }

    void work(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            ctx.response().putHeader("Allow", "GET, HEAD");
            Problems.send(ctx, Problems.methodNotAllowed(ctx, "GET"));
            return;
        }
        String requestId = RequestId.of(ctx);
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add(HttpHeaders.AUTHORIZATION, ctx.request().getHeader(HttpHeaders.AUTHORIZATION))
                .add(HttpHeaders.ACCEPT, "application/json")
                .add(RequestId.HEADER, requestId);
        String traceparent = ctx.request().getHeader("traceparent");
        if (traceparent != null) {
            headers.add("traceparent", traceparent);
        }
        List<Future<WorkPart>> asked = new ArrayList<>();
        for (UpstreamService service : PARTS) {
            asked.add(partOf(ctx, service, headers));
        }
        // each part's future always succeeds (an unavailable part is a result, not a failure)
        Future.join(asked).onComplete(done -> {
            if (ctx.response().ended() || ctx.response().closed()) {
                return;
            }
            List<WorkPart> parts = asked.stream().map(Future::result).toList();
            parts.stream().filter(part -> !part.available()).forEach(part -> LOG.warnf(
                    "[%s] work list without %s: %s", requestId, part.service(), part.detail()));
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(RequestId.HEADER, requestId);
            String body = MyWork.of(parts).encode();
            if (method == HttpMethod.HEAD) {
                ctx.response().putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(Buffer.buffer(body).length()))
                        .end();
            } else {
                ctx.response().end(body);
            }
        });
    }

    private Future<WorkPart> partOf(RoutingContext ctx, UpstreamService service, MultiMap headers) {
        String name = service.serviceName();
        long timeout = config.timeout().toMillis();
        Promise<WorkPart> part = Promise.promise();
        List<HttpClientRequest> open = new ArrayList<>(1);
        long timer = ctx.vertx().setTimer(timeout, fired -> {
            if (part.tryComplete(WorkPart.unavailable(name, name + " did not answer within " + timeout + " ms."))) {
                open.forEach(HttpClientRequest::reset);
            }
        });
        upstreams.open(service, HttpMethod.GET, PATH, headers)
                .onFailure(failure -> part.tryComplete(WorkPart.unavailable(name, name + " is unreachable.")))
                .onSuccess(request -> {
                    open.add(request);
                    request.send()
                            .compose(response -> response.body().map(body -> answered(name, response.statusCode(),
                                    body)))
                            .onSuccess(part::tryComplete)
                            .onFailure(failure -> part.tryComplete(WorkPart.unavailable(name,
                                    name + " closed the connection before answering.")));
                });
        return part.future().onComplete(done -> ctx.vertx().cancelTimer(timer));
    }

    private static WorkPart answered(String name, int status, Buffer body) {
        if (status != 200) {
            return WorkPart.unavailable(name, name + " answered " + status + ".");
        }
        try {
            JsonArray items = body.toJsonObject().getJsonArray("items");
            return items == null ? WorkPart.unavailable(name, name + " answered without items.")
                    : WorkPart.answered(name, items);
        } catch (RuntimeException unreadable) {
            return WorkPart.unavailable(name, name + " answered something that is not a work list.");
        }
    }
}
