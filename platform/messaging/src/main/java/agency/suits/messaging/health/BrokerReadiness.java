package agency.suits.messaging.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import agency.suits.messaging.outbox.OutboxRelay;

/**
 * Says whether the broker is there, and stays UP either way: writes go to the outbox and wait for it, reads never
 * need it, so taking the service out of rotation for a broker outage would only turn a delay into errors.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    private final OutboxRelay relay;

    BrokerReadiness(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("kafka-broker")
                .up()
                .withData("reachable", relay.brokerReachable())
                .withData("whenAway", "events wait in the outbox")
                .build();
    }
}
