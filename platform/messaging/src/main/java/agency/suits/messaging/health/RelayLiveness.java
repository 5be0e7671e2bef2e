package agency.suits.messaging.health;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import agency.suits.messaging.MessagingConfig;
import agency.suits.messaging.outbox.OutboxRelay;

/**
 * DOWN when the outbox relay died or stopped going round: events would pile up unsent and only a restart helps. A
 * broker outage is not a reason; the relay keeps cycling (and backing off) through one.
 */
@Liveness
@ApplicationScoped
public class RelayLiveness implements HealthCheck {

    private final OutboxRelay relay;
    private final Duration stuckAfter;

    RelayLiveness(OutboxRelay relay, MessagingConfig config) {
        this.relay = relay;
        MessagingConfig.Relay settings = config.relay();
        // one cycle waits at most a poll, a send and a backoff; five of those without a turn is stuck
        this.stuckAfter = settings.pollInterval().plus(settings.sendTimeout()).plus(settings.maxBackoff())
                .multipliedBy(5);
    }

    @Override
    public HealthCheckResponse call() {
        Duration sinceLastCycle = Duration.between(relay.lastCycle(), Instant.now());
        boolean stuck = relay.running() && sinceLastCycle.compareTo(stuckAfter) > 0;
        return HealthCheckResponse.named("outbox-relay")
                .status(!relay.dead() && !stuck)
                .withData("lastCycle", relay.lastCycle().toString())
                .withData("dead", relay.dead())
                .build();
    }
}
