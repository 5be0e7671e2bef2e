package agency.suits.clients.contract;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Looks for contracts entering their notice window; the window is counted in days, so hourly is plenty. */
@ApplicationScoped
public class RenewalWatch {

    private static final Logger LOG = Logger.getLogger(RenewalWatch.class);

    private final RenewalService renewals;

    RenewalWatch(RenewalService renewals) {
        this.renewals = renewals;
    }

    @Scheduled(identity = "contract-renewals", every = "${suits.clients.renewals.check-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        int announced = renewals.announceDue();
        if (announced > 0) {
            LOG.infof("Announced %d contract(s) entering their notice window", announced);
        }
    }
}
