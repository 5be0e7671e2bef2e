package agency.suits.billing.overdue;

import agency.suits.domain.time.AgencyClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** The overdue check, every {@code suits.billing.overdue-check} ("off" stops it, as the tests do). */
@ApplicationScoped
public class OverdueSchedule {

    private final OverdueService overdue;
    private final AgencyClock clock;

    OverdueSchedule(OverdueService overdue, AgencyClock clock) {
        this.overdue = overdue;
        this.clock = clock;
    }

    @Scheduled(identity = "billing-overdue-check", every = "${suits.billing.overdue-check}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        overdue.detect(clock.today());
    }
}
