package agency.suits.messaging.inbox;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventFormatException;
import agency.suits.events.EventJson;
import agency.suits.events.EventPayload;
import agency.suits.messaging.MessagingConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * Applies each event at most once per consumer: the event id is recorded in the same transaction as the effect, so
 * a redelivered event finds its id and is skipped, and a failed effect leaves no id behind and can be tried again.
 *
 * <p>An event whose effect keeps failing is tried {@code suits.messaging.inbox.max-attempts} times, then sent to
 * the dead-letter topic and marked, so the events behind it on the partition keep flowing. An event that cannot
 * even be read is dead-lettered at once: trying again would not change it.
 *
 * <p>Use from a blocking {@code @Incoming} method that takes the {@code ConsumerRecord<String, String>}:
 * <pre>{@code
 * @Incoming("briefs-events") @Blocking
 * void on(ConsumerRecord<String, String> record) {
 *     inbox.receive(record, EventHandlers.on(BriefSubmitted.class, budgets::open));
 * }
 * }</pre>
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final InboxStore store;
    private final DeadLetters deadLetters;
    private final MessagingConfig.Inbox config;

    Inbox(InboxStore store, DeadLetters deadLetters, MessagingConfig config) {
        this.store = store;
        this.deadLetters = deadLetters;
        this.config = config.inbox();
    }

    /** Applies the record as this service's consumer ({@code suits.messaging.inbox.consumer}). */
    public Outcome receive(ConsumerRecord<String, String> record, EventHandlers handlers) {
        return receive(config.consumer(), record, handlers);
    }

    /** Applies the record under another consumer name: only for a library's own proofs, never in a service. */
    public Outcome receive(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
        CloudEvent event;
        EventPayload payload;
        EventHandlers.Registered<?> handler;
        try {
            event = EventJson.read(record.value() == null ? "" : record.value());
            Optional<EventHandlers.Registered<?>> registered = handlers.forType(event.type());
            if (registered.isEmpty()) {
                return Outcome.NOT_HANDLED;
            }
            handler = registered.get();
            payload = event.dataAs(handler.payloadClass());
        } catch (EventFormatException | IllegalArgumentException unreadable) {
            LOG.warnf("Unreadable record %s-%d@%d for %s: %s", record.topic(), record.partition(), record.offset(),
                    consumer, unreadable.getMessage());
            deadLetters.send(consumer, record, 0, unreadable);
            return Outcome.DEAD_LETTERED;
        }
        return apply(consumer, record, event, payload, handler);
    }

    private Outcome apply(String consumer, ConsumerRecord<String, String> record, CloudEvent event,
                          EventPayload payload, EventHandlers.Registered<?> handler) {
        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!store.claim(consumer, event.id(), event.type(), InboxStore.APPLIED)) {
                        return Outcome.DUPLICATE;
                    }
                    handler.apply(payload);
                    return Outcome.APPLIED;
                });
            } catch (RuntimeException failure) {
                lastFailure = failure;
                LOG.warnf("%s failed to apply %s %s (try %d of %d): %s", consumer, event.type(), event.id(),
                        attempt, config.maxAttempts(), failure.toString());
                pause(config.retryBackoff().multipliedBy(attempt));
            }
        }
        deadLetters.send(consumer, record, config.maxAttempts(), lastFailure);
        markDeadLettered(consumer, event);
        return Outcome.DEAD_LETTERED;
    }

    /** Keeps trying while the database is away: skipping the mark would make a redelivery try the poison again. */
    private void markDeadLettered(String consumer, CloudEvent event) {
        Duration backoff = config.retryBackoff();
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(
                        () -> store.claim(consumer, event.id(), event.type(), InboxStore.DEAD_LETTERED));
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Could not mark %s as dead-lettered, retrying: %s", event.id(), e.toString());
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0
                        ? Duration.ofSeconds(5) : backoff.multipliedBy(2);
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while handling an event", e);
        }
    }

    public enum Outcome { APPLIED, DUPLICATE, NOT_HANDLED, DEAD_LETTERED }
}
