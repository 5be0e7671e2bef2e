package agency.suits.clients.health;

import agency.suits.domain.time.AgencyClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Reassesses every watched client periodically: time-based signals change the score without any event. */
@ApplicationScoped
public class HealthSchedule {

    private final HealthService health;
    private final AgencyClock clock;

    HealthSchedule(HealthService health, AgencyClock clock) {
        this.health = health;
        this.clock = clock;
    }

    @Scheduled(identity = "relationship-health", every = "${suits.clients.health.check-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        health.reassessWatched(clock.now());
    }
}
