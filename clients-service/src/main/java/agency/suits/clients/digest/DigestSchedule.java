package agency.suits.clients.digest;

import agency.suits.domain.time.AgencyClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Sends the supervisors' digests (weekly by default: {@code suits.clients.digest.cron}). */
@ApplicationScoped
public class DigestSchedule {

    private static final Logger LOG = Logger.getLogger(DigestSchedule.class);

    @Inject DigestService digests;
    @Inject AgencyClock clock;

    @Scheduled(identity = "supervisor-digests", cron = "${suits.clients.digest.cron:0 0 7 ? * MON}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void send() {
        int sent = digests.sendAll(clock.now());
        LOG.infof("Sent %d supervisor digest(s)", sent);
    }
}
