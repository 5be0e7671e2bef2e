package agency.suits.clients.health;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reassesses every watched client periodically: time-based signals change the score without any event. */
@ApplicationScoped
public class HealthSchedule {

    @Inject HealthService health;

    @Scheduled(identity = "relationship-health", every = "${suits.clients.health.check-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        health.reassessWatched();
    }
}
