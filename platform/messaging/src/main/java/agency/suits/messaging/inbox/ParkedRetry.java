package agency.suits.messaging.inbox;

import agency.suits.messaging.MessagingConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Tries parked events again when they are due, the oldest of each key first, on a thread of its own: woken when an
 * event is parked, otherwise every {@code suits.messaging.inbox.retry-every}. Every instance of a service runs one;
 * two instances trying the same event apply it once (the inbox's record of applied events decides).
 */
@ApplicationScoped
public class ParkedRetry {

    private static final Logger LOG = Logger.getLogger(ParkedRetry.class);
    private static final int BATCH = 100;

    private final ParkedEvents parked;
    private final Inbox inbox;
    private final Instance<InboxConsumer> consumers;
    private final DeadLetterTopics deadLetterTopics;
    private final MessagingConfig.Inbox config;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    ParkedRetry(ParkedEvents parked, Inbox inbox, Instance<InboxConsumer> consumers,
                DeadLetterTopics deadLetterTopics, MessagingConfig config) {
        this.parked = parked;
        this.inbox = inbox;
        this.consumers = consumers;
        this.deadLetterTopics = deadLetterTopics;
        this.config = config.inbox();
    }

    void start(@Observes StartupEvent started) {
        for (InboxConsumer consumer : consumers) {
            inbox.register(consumer);
            deadLetterTopics.ensure(DeadLetters.topicFor(consumer.topic(), config.consumer()));
        }
        running = true;
        worker = new Thread(this::retryUntilStopped, "inbox-retry");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    /** An event was parked: its first retry may be due before the next regular look. */
    void wake() {
        wakeUps.release();
    }

    private void retryUntilStopped() {
        while (running) {
            try {
                if (!retryDue()) {
                    if (wakeUps.tryAcquire(config.retryEvery().toMillis(), TimeUnit.MILLISECONDS)) {
                        wakeUps.drainPermits();
                        // a parked event's first retry is a backoff away, not now
                        Thread.sleep(Math.min(config.retryBackoff().toMillis(), config.retryEvery().toMillis()));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Retrying parked events failed, trying again in %s: %s", config.retryEvery(), e.toString());
                try {
                    Thread.sleep(config.retryEvery().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** One pass over the due heads; answers whether any event was settled, so that the next of its key is due. */
    boolean retryDue() {
        List<ParkedEvent> due = parked.dueHeads(config.consumer(), BATCH);
        boolean settled = false;
        for (ParkedEvent event : due) {
            if (!running && worker != null) {
                return false;
            }
            settled |= inbox.retry(event);
        }
        return settled;
    }
}
