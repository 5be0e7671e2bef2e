package agency.suits.gateway.edge;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import agency.suits.gateway.problem.Problems;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's checks before anything is forwarded or served: sizes first (cheap, and a huge request must not
 * cost a signature check), then the bearer token on /api, then the caller's rate limit. Health and metrics under
 * /q are left alone: probes must never be throttled or asked for a token.
 */
@ApplicationScoped
public class EdgeGuard {

    /** Before every route of the gateway's own, after Quarkus' CORS filter (preflights need no token). */
    static final int ORDER = -100;

    private final EdgeConfig config;
    private final CallerToken tokens;
    private final Map<String, FixedWindows> limits;

    EdgeGuard(EdgeConfig config, CallerToken tokens) {
        this.config = config;
        this.tokens = tokens;
        EdgeConfig.RateLimits rates = config.rateLimits();
        this.limits = Map.of(
                "read", windows(rates.read()),
                "write", windows(rates.write()),
                "anonymous", windows(rates.anonymous()));
    }

    private static FixedWindows windows(EdgeConfig.Window window) {
        return new FixedWindows(window.limit(), window.window().toMillis());
    }

    void mount(@Observes Router router) {
        router.route().order(ORDER).handler(this::guard);
    }

    void forgetEndedWindows(@Observes StartupEvent started, Vertx vertx) {
        vertx.setPeriodic(60_000, tick -> limits.values().forEach(w -> w.forgetEnded(System.currentTimeMillis())));
    }

    private void guard(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path == null || path.startsWith("/q/")) {
            ctx.next();
            return;
        }
        Optional<Oversize> oversized = oversized(ctx);
        if (oversized.isPresent()) {
            // the unread rest of an oversized request would otherwise be taken for the next request
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(ended -> ctx.request().connection().close());
            Problems.send(ctx, Problems.tooLarge(ctx, oversized.get().status(), oversized.get().detail()));
            return;
        }
        boolean api = path.equals("/api") || path.startsWith("/api/");
        if (!api || ctx.request().method() == HttpMethod.OPTIONS) {
            limitThenContinue(ctx, "anonymous", clientAddress(ctx));
            return;
        }
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (!tokens.needsVerification(authorization)) {
            admit(ctx, authorization, tokens.subject(authorization, nowSeconds()));
            return;
        }
        // A signature check may have to fetch the identity provider's keys: off the event loop, the body held back
        // (the proxy takes it from here paused; a problem answer drains it).
        ctx.request().pause();
        ctx.vertx().<Optional<String>>executeBlocking(() -> tokens.subject(authorization, nowSeconds()), false)
                .onComplete(verified -> admit(ctx, authorization,
                        verified.succeeded() ? verified.result() : Optional.empty()));
    }

    private void admit(RoutingContext ctx, String authorization, Optional<String> subject) {
        if (subject.isEmpty()) {
            if (!limited(ctx, "anonymous", clientAddress(ctx))) {
                Problems.send(ctx, Problems.unauthorized(ctx, authorization == null || authorization.isBlank()));
            }
            return;
        }
        limitThenContinue(ctx, isRead(ctx.request().method()) ? "read" : "write", subject.get());
    }

    private static long nowSeconds() {
        return System.currentTimeMillis() / 1000;
    }

    private void limitThenContinue(RoutingContext ctx, String policy, String key) {
        if (!limited(ctx, policy, key)) {
            ctx.next();
        }
    }

    /** Counts the request and writes the RateLimit fields; answers 429 and returns true when over the limit. */
    private boolean limited(RoutingContext ctx, String policy, String key) {
        if (!config.rateLimits().enabled()) {
            return false;
        }
        FixedWindows windows = limits.get(policy);
        FixedWindows.Standing standing = windows.take(policy + ":" + key, System.currentTimeMillis());
        RateLimitHeaders.write(ctx.response(), policy, windows, standing);
        if (standing.allowed()) {
            return false;
        }
        Problems.send(ctx, Problems.tooManyRequests(ctx, windows.limit(), windows.windowSeconds(),
                standing.resetSeconds()));
        return true;
    }

    private record Oversize(int status, String detail) {
    }

    private Optional<Oversize> oversized(RoutingContext ctx) {
        String uri = ctx.request().uri();
        if (uri != null && uri.length() > config.maxUriLength()) {
            return Optional.of(new Oversize(414, "The request target has " + uri.length() + " characters; the limit is "
                    + config.maxUriLength() + "."));
        }
        long headerBytes = headerBytes(ctx.request().headers());
        if (headerBytes > config.maxHeaderSize().asLongValue()) {
            return Optional.of(new Oversize(431, "The request headers have " + headerBytes
                    + " bytes; the limit is " + config.maxHeaderSize().asLongValue() + "."));
        }
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length = parseLength(declared);
            if (length > config.maxBodySize().asLongValue()) {
                return Optional.of(new Oversize(413, "The request body has " + length
                        + " bytes; the limit is " + config.maxBodySize().asLongValue() + " bytes."));
            }
        }
        return Optional.empty();
    }

    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static long parseLength(String declared) {
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isRead(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }

    private static String clientAddress(RoutingContext ctx) {
        var remote = ctx.request().remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }
}
