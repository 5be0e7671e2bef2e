package agency.suits.clients.health;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Reassesses every watched client periodically: silence and contracts nearing their end change the score without
 * any event, and old signals leave the window. One transaction per client keeps each lock short.
 */
@ApplicationScoped
public class HealthWatch {

    private static final Logger LOG = Logger.getLogger(HealthWatch.class);

    private final HealthService health;

    HealthWatch(HealthService health) {
        this.health = health;
    }

    @Scheduled(identity = "relationship-health", every = "${suits.clients.health.check-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        for (UUID client : health.watched()) {
            try {
                health.reassess(client);
            } catch (RuntimeException e) {
                LOG.warnf("Could not reassess the health of client %s: %s", client, e.toString());
            }
        }
    }
}
