package agency.suits.gateway.compose;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

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
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * What the gateway answers by asking several services at once (a person's work list, the book): each service gets
 * the caller's own token (each decides from it what the caller may see), request id and trace, and has its own
 * deadline, so a stuck service costs the caller that long and no longer. The edge has already refused a caller
 * without a valid token (401) before any of this runs.
 */
@ApplicationScoped
public class Composition {

    private final UpstreamClient upstreams;

    Composition(UpstreamClient upstreams) {
        this.upstreams = upstreams;
    }

    /**
     * Asks every service for its path and query at once. The future always succeeds, once every service has
     * answered or run out of time: a missing answer is a result ({@link ServiceAnswer#arrived()} false), not a failure.
     */
    public Future<List<ServiceAnswer>> ask(RoutingContext ctx, Map<UpstreamService, String> paths, Duration timeout) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add(HttpHeaders.AUTHORIZATION, ctx.request().getHeader(HttpHeaders.AUTHORIZATION))
                .add(HttpHeaders.ACCEPT, "application/json")
                .add(RequestId.HEADER, RequestId.of(ctx));
        String traceparent = ctx.request().getHeader("traceparent");
        if (traceparent != null) {
            headers.add("traceparent", traceparent);
        }
        List<Future<ServiceAnswer>> asked = new ArrayList<>();
        paths.forEach((service, path) -> asked.add(ask(ctx, service, path, headers, timeout.toMillis())));
        return Future.join(asked).transform(done -> Future.succeededFuture(asked.stream().map(Future::result)
                .toList()));
    }

    private Future<ServiceAnswer> ask(RoutingContext ctx, UpstreamService service, String path, MultiMap headers,
                                      long timeout) {
        String name = service.serviceName();
        Promise<ServiceAnswer> answer = Promise.promise();
        List<HttpClientRequest> open = new ArrayList<>(1);
        long timer = ctx.vertx().setTimer(timeout, fired -> {
            if (answer.tryComplete(ServiceAnswer.missing(service, name + " did not answer within " + timeout
                    + " ms."))) {
                open.forEach(HttpClientRequest::reset);
            }
        });
        upstreams.open(service, HttpMethod.GET, path, headers)
                .onFailure(failure -> answer.tryComplete(ServiceAnswer.missing(service, name + " is unreachable.")))
                .onSuccess(request -> {
                    open.add(request);
                    request.send()
                            .compose(response -> response.body().map(body -> ServiceAnswer.answered(service,
                                    response.statusCode(), body)))
                            .onSuccess(answer::tryComplete)
                            .onFailure(failure -> answer.tryComplete(ServiceAnswer.missing(service,
                                    name + " closed the connection before answering.")));
                });
        return answer.future().onComplete(done -> ctx.vertx().cancelTimer(timer));
    }

    /** 405 naming GET and HEAD, unless the request is one of them. */
    public static boolean readOnly(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            return true;
        }
        ctx.response().putHeader("Allow", "GET, HEAD");
        Problems.send(ctx, Problems.methodNotAllowed(ctx, "GET"));
        return false;
    }

    /** Answers the composed body (for HEAD its length only), unless the caller has gone meanwhile. */
    public static void answer(RoutingContext ctx, JsonObject body) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(RequestId.HEADER, RequestId.of(ctx));
        String text = body.encode();
        if (ctx.request().method() == HttpMethod.HEAD) {
            ctx.response().putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(Buffer.buffer(text).length())).end();
        } else {
            ctx.response().end(text);
        }
    }
}
