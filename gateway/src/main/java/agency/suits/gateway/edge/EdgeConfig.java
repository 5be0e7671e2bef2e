package agency.suits.gateway.edge;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What the gateway lets through: request sizes and how many requests a caller may make. Every limit has an
 * environment variable, e.g. {@code SUITS_GATEWAY_EDGE_RATE_LIMITS_WRITE_LIMIT=600}.
 */
@ConfigMapping(prefix = "suits.gateway.edge")
public interface EdgeConfig {

    /**
     * The longest request target (path and query) the gateway forwards; longer ones get 414. Below the services'
     * own line limit (4,096 bytes with the method and protocol), so a service never answers with a bare 414.
     */
    @WithDefault("4000")
    int maxUriLength();

    /** The most header bytes (names and values) a caller may send; more get 431. Below the services' 20K. */
    @WithDefault("16K")
    MemorySize maxHeaderSize();

    /** A declared body larger than this gets 413 here; the services refuse the same size themselves. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    RateLimits rateLimits();

    /**
     * Requests per window. Callers with a valid token are counted by subject, separately for reads and writes;
     * everything else (the documents, and requests whose token is missing or invalid) by client address.
     */
    interface RateLimits {
        /** Off only where a load test must measure the services rather than the limits. */
        @WithDefault("true")
        boolean enabled();

        Window read();

        Window write();

        Window anonymous();
    }

    /** Limits are in application.properties, next to the other deployment settings. */
    interface Window {
        int limit();

        @WithDefault("60s")
        Duration window();
    }
}
