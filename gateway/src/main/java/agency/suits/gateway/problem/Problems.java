package agency.suits.gateway.problem;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import agency.suits.gateway.proxy.RequestId;
import agency.suits.gateway.upstream.UpstreamService;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** The gateway's own failures, and how they are written to the caller. */
public final class Problems {

    private Problems() {
    }

    public static Problem noRoute(RoutingContext ctx) {
        String path = ctx.request().path();
        return new Problem("not-found", "Not found", 404,
                "No service serves " + path + ".", path, RequestId.of(ctx));
    }

    public static Problem unknownApiDocument(RoutingContext ctx, String name) {
        String path = ctx.request().path();
        return new Problem("not-found", "Not found", 404,
                "There is no OpenAPI document named '" + name + "'; known: " + documentNames() + ".",
                path, RequestId.of(ctx));
    }

    private static String documentNames() {
        return Arrays.stream(UpstreamService.values()).map(UpstreamService::key).collect(Collectors.joining(", "));
    }

    public static Problem methodNotAllowed(RoutingContext ctx, String allowed) {
        String path = ctx.request().path();
        return new Problem("method-not-allowed", "Method not allowed", 405,
                ctx.request().method().name() + " is not supported on " + path + "; use " + allowed + ".",
                path, RequestId.of(ctx));
    }

    /** The service refused or never accepted the connection: nothing reached it. */
    public static Problem upstreamUnreachable(RoutingContext ctx, UpstreamService service) {
        // Names the service, not its address: internal host names are none of the caller's business.
        return new Problem("upstream-unreachable", "Service unavailable through the gateway", 502,
                service.serviceName() + " is unreachable; try again shortly.",
                ctx.request().path(), RequestId.of(ctx));
    }

    /** The service failed mid-exchange (connection reset or closed before a complete answer). */
    public static Problem upstreamBroken(RoutingContext ctx, UpstreamService service) {
        return new Problem("upstream-failed", "Bad answer from service", 502,
                service.serviceName() + " closed the connection before answering.",
                ctx.request().path(), RequestId.of(ctx));
    }

    public static Problem upstreamTimedOut(RoutingContext ctx, UpstreamService service, Duration timeout) {
        return new Problem("upstream-timeout", "Service did not answer in time", 504,
                service.serviceName() + " did not answer within " + timeout.toMillis() + " ms.",
                ctx.request().path(), RequestId.of(ctx));
    }

    /** The services' documents each stand alone but do not make one: a deployment of mismatched versions. */
    public static Problem documentsConflict(RoutingContext ctx, List<String> conflicts) {
        List<String> shown = conflicts.subList(0, Math.min(5, conflicts.size()));
        return new Problem("upstream-documents-conflict", "The services' API documents do not join", 502,
                conflicts.size() + " conflicts between the services' OpenAPI documents, first: "
                        + String.join("; ", shown) + ". Each service's own is at /openapi/<service>.",
                ctx.request().path(), RequestId.of(ctx));
    }

    /** 413, 414 or 431: the request is larger than the gateway forwards. */
    public static Problem tooLarge(RoutingContext ctx, int status, String detail) {
        String slug = switch (status) {
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            default -> "header-fields-too-large";
        };
        String title = switch (status) {
            case 413 -> "Payload too large";
            case 414 -> "URI too long";
            default -> "Request header fields too large";
        };
        return new Problem(slug, title, status, detail, instance(ctx), RequestId.of(ctx));
    }

    /** No valid bearer token: said here, so that nothing unauthenticated reaches a service. */
    public static Problem unauthorized(RoutingContext ctx, boolean missing) {
        ctx.response().putHeader("WWW-Authenticate", missing ? "Bearer"
                : "Bearer error=\"invalid_token\", error_description=\"The token is invalid or expired\"");
        return new Problem("unauthorized", "Unauthorized", 401, missing
                ? "This path needs a bearer token: send 'Authorization: Bearer <token>'."
                : "The bearer token is not valid: expired, not signed by the agency's key, or for another audience.",
                instance(ctx), RequestId.of(ctx));
    }

    public static Problem tooManyRequests(RoutingContext ctx, int limit, long windowSeconds, long retryAfterSeconds) {
        return new Problem("too-many-requests", "Too many requests", 429,
                "More than " + limit + " requests in " + windowSeconds + " s; try again in " + retryAfterSeconds
                        + " s (see Retry-After and the RateLimit header).", instance(ctx), RequestId.of(ctx));
    }

    /** Every connection to the service is busy and the queue for one is full: the gateway is saturated. */
    public static Problem upstreamSaturated(RoutingContext ctx, UpstreamService service) {
        ctx.response().putHeader("Retry-After", "1");
        return new Problem("upstream-saturated", "Service busy", 503,
                "Every connection to " + service.serviceName() + " is in use; try again in a second.",
                instance(ctx), RequestId.of(ctx));
    }

    /** The path as the caller sent it, cut short: a problem about a 4,000-character URI need not repeat it. */
    private static String instance(RoutingContext ctx) {
        String path = ctx.request().path();
        return path != null && path.length() > 200 ? path.substring(0, 200) + "..." : path;
    }

    public static Problem unexpected(RoutingContext ctx) {
        return new Problem("internal-error", "Internal server error", 500,
                "The gateway failed to handle the request; quote the requestId when reporting it.",
                ctx.request().path(), RequestId.of(ctx));
    }

    /**
     * Writes the problem unless a response is already under way; in that case the only honest signal
     * left is to break the connection, so the caller does not mistake a truncated body for a whole one.
     */
    public static void send(RoutingContext ctx, Problem problem) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            response.reset();
            return;
        }
        // A caller body we never forwarded must still be read off the connection, or keep-alive stalls.
        if (!ctx.request().isEnded()) {
            ctx.request().resume();
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (problem.requestId() != null) {
            response.putHeader(RequestId.HEADER, problem.requestId());
        }
        response.end(problem.toJson().encode());
    }
}
