package agency.suits.gateway.upstream;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the upstream services live and how long the gateway waits for them.
 *
 * <p>One explicit group per service (rather than a map) so that a misspelt service key fails at
 * startup instead of being silently ignored, and so that every key has a fixed environment variable
 * name, e.g. {@code SUITS_GATEWAY_SERVICES_CLIENTS_URL}. The per-service URL defaults (the local
 * stack's ports) are in {@code application.properties}, next to the other deployment settings.
 */
@ConfigMapping(prefix = "suits.gateway")
public interface GatewayConfig {

    /**
     * How long to wait for a connection to an upstream. Past it the service counts as unreachable (502):
     * a service that cannot even accept a connection is down, not slow.
     */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long the readiness check waits for each upstream's own readiness endpoint. */
    @WithDefault("1s")
    Duration probeTimeout();

    /** Open connections the gateway keeps to each service at most; further calls wait for one. */
    @WithDefault("100")
    int maxConnectionsPerService();

    /** Calls that may wait for a connection to one service when all are busy; the next gets 503 at once. */
    @WithDefault("200")
    int maxWaitingPerService();

    /** How long an idle pooled connection to a service is kept; shorter than the services' idle timeout. */
    @WithDefault("20s")
    Duration keepAliveTimeout();

    Services services();

    interface Services {
        Upstream clients();

        Upstream briefs();

        Upstream creative();

        Upstream billing();
    }

    interface Upstream {
        /** Base URL of the service, e.g. {@code http://localhost:8081}; a path, if any, is prepended. */
        URI url();

        /**
         * The route timeout: the longest the upstream may stay silent (no response headers, no body
         * bytes) before the gateway gives up and answers 504.
         */
        @WithDefault("30s")
        Duration timeout();
    }
}
