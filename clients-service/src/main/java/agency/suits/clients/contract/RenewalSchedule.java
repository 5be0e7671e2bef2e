package agency.suits.clients.contract;

import agency.suits.domain.time.AgencyClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Looks for contracts entering their notice window; the window is counted in days, so hourly is plenty. */
@ApplicationScoped
public class RenewalSchedule {

    private static final Logger LOG = Logger.getLogger(RenewalSchedule.class);

    @Inject RenewalService renewals;
    @Inject AgencyClock clock;

    @Scheduled(identity = "contract-renewals", every = "${suits.clients.renewals.check-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        int announced = renewals.announceDue(clock.today());
        if (announced > 0) {
            LOG.infof("Announced %d contract(s) entering their notice window", announced);
        }
    }
}
