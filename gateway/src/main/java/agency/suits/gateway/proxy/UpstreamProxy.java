package agency.suits.gateway.proxy;

import java.util.Set;
import java.util.concurrent.TimeoutException;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import agency.suits.gateway.problem.Problem;
import agency.suits.gateway.problem.Problems;
import agency.suits.gateway.upstream.GatewayConfig;
import agency.suits.gateway.upstream.UpstreamClient;
import agency.suits.gateway.upstream.UpstreamService;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.streams.Pipe;
import io.vertx.ext.web.RoutingContext;

/**
 * Streams one caller request to a service and the service's answer back: method, path and query,
 * end-to-end headers and body go through unchanged (the Authorization header included, since the
 * services check tokens themselves); connection-level headers are dropped and forwarding headers set.
 * Bodies are piped, never buffered, so a large upload or download costs the gateway no memory.
 */
@Singleton
public class UpstreamProxy {

    private static final Logger LOG = Logger.getLogger(UpstreamProxy.class);

    private static final Set<HttpMethod> REPLAYABLE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.DELETE);

    private final UpstreamClient upstreams;
    private final GatewayConfig config;

    UpstreamProxy(UpstreamClient upstreams, GatewayConfig config) {
        this.upstreams = upstreams;
        this.config = config;
    }

    /**
     * @param pathAndQuery what to ask the service for: a path starting with '/' and the raw query, if any
     */
    public void forward(RoutingContext ctx, UpstreamService service, String pathAndQuery) {
        HttpServerRequest request = ctx.request();
        // Hold the caller's body until the upstream connection exists; Vert.x buffers it meanwhile.
        request.pause();
        String requestId = RequestId.of(ctx);
        boolean hasBody = hasBody(request);
        upstreams.claim(service);
        ctx.addEndHandler(ended -> upstreams.release(service));
        attempt(ctx, service, pathAndQuery, upstreamHeaders(request, requestId), hasBody, !hasBody
                && REPLAYABLE.contains(request.method()));
    }

    /**
     * @param mayRetry a bodiless GET, HEAD, OPTIONS or DELETE may go again once on a fresh connection when its
     *                 pooled connection closed before any answer: the service cannot have acted on it twice in a
     *                 way the method does not already allow
     */
    private void attempt(RoutingContext ctx, UpstreamService service, String pathAndQuery, MultiMap headers,
            boolean hasBody, boolean mayRetry) {
        HttpServerRequest request = ctx.request();
        String requestId = RequestId.of(ctx);
        upstreams.open(service, request.method(), pathAndQuery, headers)
                .onFailure(failure -> {
                    boolean saturated = failure instanceof ConnectionPoolTooBusyException
                            || failure instanceof TimeoutException && upstreams.saturated(service);
                    LOG.warnf("[%s] %s %s: no connection to %s%s: %s", requestId, request.method(), request.path(),
                            service.serviceName(), saturated ? " (all connections busy)" : "", failure.toString());
                    Problems.send(ctx, saturated ? Problems.upstreamSaturated(ctx, service)
                            : Problems.upstreamUnreachable(ctx, service));
                })
                .onSuccess(upstreamRequest -> {
                    // The caller gave up: stop the upstream work rather than let it run to the timeout.
                    // (An end handler, not response().closeHandler(): that slot is Vert.x Web's own.)
                    ctx.addEndHandler(ended -> {
                        if (ended.failed()) {
                            upstreamRequest.reset();
                        }
                    });
                    // Failures also surface through the response future and are answered in failed();
                    // without a handler Vert.x would log each one a second time as unhandled.
                    upstreamRequest.exceptionHandler(failure -> LOG.debugf("[%s] upstream request failed: %s",
                            requestId, failure));
                    send(request, upstreamRequest, hasBody)
                            .onSuccess(upstreamResponse -> relay(ctx, upstreamResponse, requestId))
                            .onFailure(failure -> {
                                if (mayRetry && failure instanceof HttpClosedException && !ctx.response().closed()) {
                                    LOG.debugf("[%s] pooled connection closed before an answer; once more", requestId);
                                    attempt(ctx, service, pathAndQuery, headers, false, false);
                                    return;
                                }
                                failed(ctx, service, failure);
                            });
                });
    }

    private static Future<HttpClientResponse> send(HttpServerRequest request, HttpClientRequest upstreamRequest,
            boolean hasBody) {
        if (request.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            upstreamRequest.putHeader(HttpHeaders.CONTENT_LENGTH, request.getHeader(HttpHeaders.CONTENT_LENGTH));
        }
        // Without a Content-Length Vert.x sends the body chunked, as the caller did.
        return hasBody ? upstreamRequest.send(request) : upstreamRequest.send();
    }

    private void relay(RoutingContext ctx, HttpClientResponse upstreamResponse, String requestId) {
        HttpServerResponse response = ctx.response();
        if (response.closed()) {
            upstreamResponse.request().reset();
            return;
        }
        response.setStatusCode(upstreamResponse.statusCode());
        if (upstreamResponse.statusMessage() != null) {
            response.setStatusMessage(upstreamResponse.statusMessage());
        }
        HopByHopHeaders.copyEndToEnd(upstreamResponse.headers(), response.headers());
        if (!response.headers().contains(RequestId.HEADER)) {
            response.putHeader(RequestId.HEADER, requestId);
        }
        if (!response.headers().contains(HttpHeaders.CONTENT_LENGTH) && mayHaveBody(ctx, upstreamResponse)
                && ctx.request().version() != HttpVersion.HTTP_1_0) {
            response.setChunked(true);
        }

        Pipe<Buffer> pipe = upstreamResponse.pipe();
        // If the upstream dies mid-body, ending normally would hand the caller a truncated body that
        // looks whole; breaking the connection instead makes the failure visible.
        pipe.endOnFailure(false);
        pipe.to(response).onFailure(failure -> {
            LOG.warnf("[%s] answer from upstream broke off: %s", requestId, failure.toString());
            upstreamResponse.request().reset();
            if (!response.ended()) {
                response.reset();
            }
        });
    }

    private void failed(RoutingContext ctx, UpstreamService service, Throwable failure) {
        HttpServerRequest request = ctx.request();
        String requestId = RequestId.of(ctx);
        if (ctx.response().closed()) {
            LOG.debugf("[%s] caller hung up before %s answered; upstream call abandoned", requestId,
                    service.serviceName());
            return;
        }
        Problem problem;
        if (failure instanceof TimeoutException) {
            problem = Problems.upstreamTimedOut(ctx, service, service.settings(config).timeout());
        } else {
            problem = Problems.upstreamBroken(ctx, service);
        }
        LOG.warnf("[%s] %s %s via %s answered %d: %s", requestId, request.method(), request.path(),
                service.serviceName(), problem.status(), failure.toString());
        Problems.send(ctx, problem);
    }

    private static MultiMap upstreamHeaders(HttpServerRequest request, String requestId) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        HopByHopHeaders.copyEndToEnd(request.headers(), headers);
        // The client sets Host for the upstream; the caller's host travels in X-Forwarded-Host.
        headers.remove(HttpHeaders.HOST);
        // Content-Length goes on in send(), next to the body it describes.
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        // The gateway answers "100 Continue" itself (below): the upstream only ever sees a plain request.
        if ("100-continue".equalsIgnoreCase(headers.get(HttpHeaders.EXPECT))) {
            headers.remove(HttpHeaders.EXPECT);
            request.response().writeContinue();
        }
        ForwardedHeaders.replace(request, headers);
        headers.set(RequestId.HEADER, requestId);
        return headers;
    }

    private static boolean hasBody(HttpServerRequest request) {
        String contentLength = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentLength != null) {
            return !"0".equals(contentLength.trim());
        }
        if (request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            return true;
        }
        // HTTP/2 may send a body with neither header; the stream tells whether one follows.
        return request.version() == HttpVersion.HTTP_2 && !request.isEnded();
    }

    private static boolean mayHaveBody(RoutingContext ctx, HttpClientResponse upstreamResponse) {
        int status = upstreamResponse.statusCode();
        return ctx.request().method() != HttpMethod.HEAD && status >= 200 && status != 204 && status != 304;
    }
}
