package agency.suits.billing.retainer;

import agency.suits.domain.time.AgencyClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Retainer invoicing, every {@code suits.billing.retainer-invoicing} ("off" stops it, as the tests do): drafts the
 * invoices of the billing periods that have started by the agency's today.
 */
@ApplicationScoped
public class RetainerSchedule {

    private static final Logger LOG = Logger.getLogger(RetainerSchedule.class);

    @Inject RetainerService retainers;
    @Inject AgencyClock clock;

    @Scheduled(identity = "billing-retainer-invoicing", every = "${suits.billing.retainer-invoicing}",
            delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int drafted = retainers.draftDue(clock.today());
        if (drafted > 0) {
            LOG.infof("Drafted %d retainer invoice(s)", drafted);
        }
    }
}
