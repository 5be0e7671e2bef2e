package agency.suits.billing.overdue;

import agency.suits.domain.time.AgencyClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The overdue check, every {@code suits.billing.overdue-check} ("off" stops it, as the tests do). */
@ApplicationScoped
public class OverdueSchedule {

    @Inject OverdueService overdue;
    @Inject AgencyClock clock;

    @Scheduled(identity = "billing-overdue-check", every = "${suits.billing.overdue-check}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        overdue.detect(clock.today());
    }
}
