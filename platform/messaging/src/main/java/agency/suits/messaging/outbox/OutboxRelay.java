package agency.suits.messaging.outbox;

import agency.suits.events.CloudEvent;
import agency.suits.messaging.KafkaPublisher;
import agency.suits.messaging.MessagingConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes committed outbox rows to Kafka in id order, marks them published, and backs off while Kafka is away.
 *
 * <p>One thread per service instance; only the instance holding the publishing lock ({@link RelayLeadership})
 * publishes, so instances never interleave and each aggregate's events leave in the order they were recorded. A
 * cycle reads a batch, asks the broker for the batch's topics (a bounded wait: nothing is sent to a broker that is
 * not there), sends the batch and waits for the acknowledgements at most {@code send-timeout}, then marks the
 * acknowledged rows published: no database transaction is open while the relay waits for the broker. The rows the
 * broker did not acknowledge are sent again, in order, by a fresh producer. Delivery is at least once (a crash
 * between the acknowledgement and the mark sends a row again); consumers drop repeats by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final RelayLeadership leadership;
    private final KafkaPublisher publisher;
    private final MessagingConfig.Relay config;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    /** When the relay last went round its loop, and whether the broker was there then: for the health checks. */
    private volatile Instant lastCycle = Instant.now();
    private volatile boolean brokerReachable = true;

    OutboxRelay(OutboxStore store, RelayLeadership leadership, KafkaPublisher publisher, MessagingConfig config) {
        this.store = store;
        this.leadership = leadership;
        this.publisher = publisher;
        this.config = config.relay();
    }

    void start(@Observes StartupEvent started) {
        if (!config.enabled()) {
            LOG.info("Outbox relay disabled: events stay in the outbox");
            return;
        }
        running = true;
        worker = new Thread(this::relayUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            // a cycle waits for the broker at most send-timeout; stopping need not wait that long
            worker.join(TimeUnit.SECONDS.toMillis(2));
        }
        leadership.release();
    }

    /** Whether the relay should be running and its thread is not: nothing would ever leave the outbox. */
    public boolean dead() {
        return config.enabled() && running && (worker == null || !worker.isAlive());
    }

    public boolean running() {
        return running;
    }

    public Instant lastCycle() {
        return lastCycle;
    }

    /** As the last cycle found it; the outbox keeps what the broker cannot take yet. */
    public boolean brokerReachable() {
        return brokerReachable;
    }

    /** Called after a commit that recorded events, so they go out now rather than at the next poll. */
    void wake() {
        wakeUps.release();
    }

    private void relayUntilStopped() {
        Duration backoff = config.minBackoff();
        while (running) {
            lastCycle = Instant.now();
            try {
                BatchResult result = publishBatch();
                brokerReachable = result != BatchResult.FAILED;
                if (result == BatchResult.FAILED) {
                    sleep(backoff);
                    backoff = min(backoff.multipliedBy(2), config.maxBackoff());
                    continue;
                }
                backoff = config.minBackoff();
                if (result == BatchResult.EMPTY) {
                    waitForWakeUp();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                // the database may be away too; same treatment as Kafka being away
                LOG.warnf("Outbox relay cycle failed, retrying in %s: %s", backoff, e.toString());
                sleepQuietly(backoff);
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
    }

    private BatchResult publishBatch() throws SQLException {
        if (!leadership.hold()) {
            return BatchResult.EMPTY;
        }
        List<OutboxMessage> batch = store.nextBatch(config.batchSize());
        if (batch.isEmpty()) {
            return BatchResult.EMPTY;
        }
        Set<String> topics = new LinkedHashSet<>();
        batch.forEach(message -> topics.add(message.topic()));
        if (!publisher.reachable(topics)) {
            store.markFailedAttempt(batch.get(0), "broker unreachable");
            return BatchResult.FAILED;
        }
        int sent = publisher.publishInOrder(toRecords(batch), config.sendTimeout());
        store.markPublished(batch.subList(0, sent));
        if (sent < batch.size()) {
            store.markFailedAttempt(batch.get(sent), "broker did not acknowledge");
            return BatchResult.FAILED;
        }
        return BatchResult.PUBLISHED;
    }

    private static List<ProducerRecord<String, String>> toRecords(List<OutboxMessage> batch) {
        List<ProducerRecord<String, String>> records = new ArrayList<>(batch.size());
        for (OutboxMessage message : batch) {
            ProducerRecord<String, String> record =
                    new ProducerRecord<>(message.topic(), message.key(), message.payload());
            if (message.headers() == null) {
                // structured CloudEvents over Kafka: the whole envelope is the value
                record.headers().add(new RecordHeader("content-type",
                        CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
                record.headers().add(new RecordHeader(CloudEvent.TYPE_HEADER,
                        message.type().getBytes(StandardCharsets.UTF_8)));
            } else {
                message.headers().forEach((name, value) ->
                        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
            }
            if (message.traceContext() != null) {
                message.traceContext().forEach((name, value) ->
                        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
            }
            records.add(record);
        }
        return records;
    }

    private void waitForWakeUp() throws InterruptedException {
        if (wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
            wakeUps.drainPermits();
        }
    }

    private void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private void sleepQuietly(Duration duration) {
        try {
            sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private enum BatchResult { EMPTY, PUBLISHED, FAILED }
}
