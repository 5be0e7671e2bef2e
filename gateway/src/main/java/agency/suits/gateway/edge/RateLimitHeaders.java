package agency.suits.gateway.edge;

import io.vertx.core.http.HttpServerResponse;

/**
 * The RateLimit header fields of draft-ietf-httpapi-ratelimit-headers (structured fields: quota {@code q} per
 * window {@code w} seconds, remaining {@code r}, seconds to reset {@code t}), written on every limited response.
 */
final class RateLimitHeaders {

    static final String POLICY = "RateLimit-Policy";
    static final String STATE = "RateLimit";
    static final String RETRY_AFTER = "Retry-After";

    private RateLimitHeaders() {
    }

    static void write(HttpServerResponse response, String policy, FixedWindows windows,
            FixedWindows.Standing standing) {
        response.putHeader(POLICY, "\"" + policy + "\";q=" + windows.limit() + ";w=" + windows.windowSeconds());
        response.putHeader(STATE, "\"" + policy + "\";r=" + standing.remaining() + ";t=" + standing.resetSeconds());
        if (!standing.allowed()) {
            response.putHeader(RETRY_AFTER, Long.toString(standing.resetSeconds()));
        }
    }
}
