package agency.suits.messaging.inbox;

import agency.suits.messaging.tracing.EventTraces;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;

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
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies each event at most once per consumer, in the order of its key, and never loses one.
 *
 * <p>The event id is recorded in the same transaction as the effect, so a redelivered event finds its id and is
 * skipped, and a failed effect leaves no id behind. An event whose effect fails is <em>parked</em> in the database
 * and its record acknowledged: the events of other keys keep flowing, the later events of the same key are parked
 * behind it (one aggregate's events are applied in the order they were published), and the {@link ParkedRetry}
 * tries it again with exponential backoff ({@code suits.messaging.inbox.retry-backoff} doubling up to
 * {@code max-backoff}). A database restart, a lock timeout or an event that arrived before what it depends on
 * ({@link WaitingFor}) is retried until it works. Only after {@code max-attempts} tries or {@code retry-for} does
 * the inbox give up: the event goes to the dead-letter topic and stays, marked dead, for an operator to redrive
 * ({@link DeadLetterService}). An event that cannot even be read is dead-lettered at once: trying again would not
 * change it. While the database itself is away nothing can be parked either; the record is then held (and tried
 * again) rather than acknowledged.
 *
 * <p>Use from a blocking {@code @Incoming} method of an {@link InboxConsumer}:
 * <pre>{@code
 * @Incoming("briefs-events") @Blocking
 * void on(ConsumerRecord<String, String> record) {
 *     inbox.receive(record, handlers);
 * }
 * }</pre>
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final InboxStore store;
    private final ParkedEvents parked;
    private final DeadLetters deadLetters;
    private final ParkedRetry retry;
    private final MessagingConfig.Inbox config;
    private final EventTraces traces;
    /** What each topic's consumer does, known from its records; retries after a restart use the consumer beans. */
    private final Map<String, EventHandlers> handlersByTopic = new ConcurrentHashMap<>();

    Inbox(InboxStore store, ParkedEvents parked, DeadLetters deadLetters, ParkedRetry retry, MessagingConfig config,
          EventTraces traces) {
        this.traces = traces;
        this.store = store;
        this.parked = parked;
        this.deadLetters = deadLetters;
        this.retry = retry;
        this.config = config.inbox();
    }

    /**
     * Applies the record (or parks it) as this service's consumer ({@code suits.messaging.inbox.consumer}, the
     * application's name): one name per service, under which its handled events and dead letters are kept.
     */
    public Outcome receive(ConsumerRecord<String, String> record, EventHandlers handlers) {
        Span span = traces.consuming(record, config.consumer());
        try (Scope scope = span.makeCurrent()) {
            Outcome outcome = receiveInTrace(record, handlers);
            span.setAttribute("suits.inbox.outcome", outcome.name());
            return outcome;
        } finally {
            span.end();
        }
    }

    private Outcome receiveInTrace(ConsumerRecord<String, String> record, EventHandlers handlers) {
        String consumer = config.consumer();
        handlersByTopic.putIfAbsent(record.topic(), handlers);
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
            untilDone(() -> {
                QuarkusTransaction.requiringNew().run(() -> deadLetterUnreadable(consumer, record, unreadable));
                return Outcome.DEAD_LETTERED;
            });
            return Outcome.DEAD_LETTERED;
        }
        return untilDone(() -> applyOrPark(consumer, record, event, payload, handler));
    }

    private Outcome applyOrPark(String consumer, ConsumerRecord<String, String> record, CloudEvent event,
                                EventPayload payload, EventHandlers.Registered<?> handler) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (!store.claimUnlessWaiting(consumer, record.topic(), record.key(), event.id(), event.type())) {
                    if (parked.anyWaiting(consumer, record.topic(), record.key())) {
                        parked.park(consumer, record, event.id(), event.type(), ParkedEvent.WAITING, 0,
                                Instant.now(), "behind an earlier event of key " + record.key());
                        return Outcome.PARKED;
                    }
                    return Outcome.DUPLICATE;
                }
                handler.apply(payload, event);
                return Outcome.APPLIED;
            });
        } catch (RuntimeException failure) {
            logFailure(consumer, event, 1, failure);
            // the effect rolled back; if the database cannot take the parked row either, untilDone tries it all again
            QuarkusTransaction.requiringNew().run(() -> parked.park(consumer, record, event.id(), event.type(),
                    ParkedEvent.WAITING, 1, Instant.now().plus(backoffAfter(1)), failure.toString()));
            retry.wake();
            return Outcome.PARKED;
        }
    }

    /**
     * Tries the parked event once more, in its own transaction; on failure it waits longer, or is given up on.
     * Answers whether the event is settled (applied, known, or dead), so the next one of its key may go.
     */
    boolean retry(ParkedEvent event) {
        EventHandlers handlers = handlersByTopic.get(event.topic());
        if (handlers == null) {
            return false;
        }
        try {
            CloudEvent envelope = EventJson.read(event.payload());
            EventHandlers.Registered<?> handler = handlers.forType(envelope.type()).orElse(null);
            EventPayload payload = handler == null ? null : envelope.dataAs(handler.payloadClass());
            QuarkusTransaction.requiringNew().run(() -> {
                if (handler != null && store.claim(event.consumer(), envelope.id(), envelope.type(),
                        InboxStore.APPLIED)) {
                    handler.apply(payload, envelope);
                }
                parked.delete(event.id());
            });
            return true;
        } catch (RuntimeException failure) {
            int attempts = event.attempts() + 1;
            logFailure(event.consumer(), event, attempts, failure);
            boolean givingUp = attempts >= config.maxAttempts()
                    || Duration.between(event.parkedAt(), Instant.now()).compareTo(config.retryFor()) >= 0;
            QuarkusTransaction.requiringNew().run(() -> {
                if (givingUp) {
                    giveUp(event, attempts, failure.toString());
                } else {
                    parked.failedAgain(event.id(), attempts, Instant.now().plus(backoffAfter(attempts)),
                            failure.toString());
                }
            });
            return givingUp;
        }
    }

    /** Lets the retries find a consumer's handlers before its first record arrives (after a restart). */
    void register(InboxConsumer consumer) {
        handlersByTopic.putIfAbsent(consumer.topic(), consumer.handlers());
    }

    private void giveUp(ParkedEvent event, int attempts, String reason) {
        parked.dead(event.id(), attempts, reason);
        if (event.eventId() != null) {
            store.claim(event.consumer(), event.eventId(), event.eventType(), InboxStore.DEAD_LETTERED);
        }
        deadLetters.record(event.consumer(), event, attempts, reason);
    }

    private void deadLetterUnreadable(String consumer, ConsumerRecord<String, String> record, RuntimeException why) {
        if (parked.park(consumer, record, null, null, ParkedEvent.DEAD, 0, Instant.now(), why.toString())) {
            deadLetters.record(consumer, new ParkedEvent(0, consumer, record.topic(), record.partition(),
                    record.offset(), record.key(), null, null, record.value(), ParkedEvent.DEAD, 0, Instant.now(),
                    Instant.now(), why.toString(), Instant.now()), 0, why.toString());
        }
    }

    /** The wait after the n-th failed try: the first backoff, doubled each time, never more than the maximum. */
    Duration backoffAfter(int attempts) {
        Duration backoff = config.retryBackoff();
        for (int i = 1; i < attempts && backoff.compareTo(config.maxBackoff()) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : backoff;
    }

    /**
     * Runs the step until it gets through. Only a failure to reach the database (or to park) comes back here: the
     * record stays unacknowledged meanwhile, so nothing is lost; an interrupt (shutdown) ends the wait with an
     * exception, so the record is not acknowledged either.
     */
    private Outcome untilDone(Step step) {
        Duration backoff = config.retryBackoff();
        while (true) {
            try {
                return step.run();
            } catch (RuntimeException databaseAway) {
                LOG.warnf("Inbox cannot reach its database, holding the record and retrying in %s: %s", backoff,
                        databaseAway.toString());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while the inbox waited for its database", e);
                }
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0 ? config.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
    }

    private static void logFailure(String consumer, Object event, int attempt, RuntimeException failure) {
        String what = event instanceof CloudEvent envelope ? envelope.type() + " " + envelope.id()
                : ((ParkedEvent) event).eventType() + " " + ((ParkedEvent) event).eventId();
        if (failure instanceof WaitingFor) {
            LOG.infof("%s parked %s (try %d): %s", consumer, what, attempt, failure.getMessage());
        } else {
            LOG.warnf("%s failed to apply %s (try %d), parked for a later try: %s", consumer, what, attempt,
                    failure.toString());
        }
    }

    @FunctionalInterface
    private interface Step {
        Outcome run();
    }

    public enum Outcome { APPLIED, DUPLICATE, NOT_HANDLED, PARKED, DEAD_LETTERED }
}
