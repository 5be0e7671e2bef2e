package agency.suits.gateway.work;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How {@code GET /api/me/work} and {@code GET /api/book} gather the services' parts, e.g.
 * {@code SUITS_GATEWAY_WORK_TIMEOUT=2s}.
 */
@ConfigMapping(prefix = "suits.gateway.work")
public interface WorkConfig {

    /**
     * The longest the gateway waits for any one service's part, connection included. Past it that part is named
     * unavailable and the rest is answered: a person's list must come quickly even while one service is stuck,
     * which the route timeout (seconds, meant for exports) would not give.
     */
    @WithDefault("3s")
    Duration timeout();
}
