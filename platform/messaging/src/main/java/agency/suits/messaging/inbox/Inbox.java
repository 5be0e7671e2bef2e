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
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Use from a blocking, batch {@code @Incoming} method of an {@link InboxConsumer}:
 * <pre>{@code
 * @Incoming("briefs-events") @Blocking
 * void on(ConsumerRecords<String, String> records) {
 *     inbox.receive(records, handlers);
 * }
 * }</pre>
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final String OUTCOME = "suits.inbox.outcome";

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
     * Applies the records of one poll in their order, or parks them, as this service's consumer
     * ({@code suits.messaging.inbox.consumer}, the application's name: one name per service, under which its handled
     * events and dead letters are kept). Up to {@code batch-size} events go into one transaction
     * ({@link #applyTogether}); a record that cannot be read is dead-lettered, a type the consumer does not handle is
     * skipped. It returns when every record is settled: applied, known, parked or dead-lettered.
     */
    public void receive(Iterable<ConsumerRecord<String, String>> records, EventHandlers handlers) {
        List<Arrival> together = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            handlersByTopic.putIfAbsent(record.topic(), handlers);
            arrival(record, handlers).ifPresent(together::add);
            if (together.size() >= config.batchSize()) {
                applyTogether(together);
                together = new ArrayList<>();
            }
        }
        applyTogether(together);
    }

    /** The record read and matched to its handler; empty when there is nothing to apply. */
    private Optional<Arrival> arrival(ConsumerRecord<String, String> record, EventHandlers handlers) {
        String announced = announcedType(record);
        if (announced != null && handlers.forType(announced).isEmpty()) {
            // what the relay says the value is; a type this consumer does not handle is not worth reading
            traced(record, () -> Outcome.NOT_HANDLED);
            return Optional.empty();
        }
        CloudEvent event;
        try {
            event = EventJson.read(record.value() == null ? "" : record.value());
            Optional<EventHandlers.Registered<?>> handler = handlers.forType(event.type());
            if (handler.isPresent()) {
                return Optional.of(new Arrival(record, event, event.dataAs(handler.get().payloadClass()),
                        handler.get()));
            }
        } catch (EventFormatException | IllegalArgumentException unreadable) {
            LOG.warnf("Unreadable record %s-%d@%d for %s: %s", record.topic(), record.partition(), record.offset(),
                    config.consumer(), unreadable.getMessage());
            traced(record, () -> untilDone(() -> {
                QuarkusTransaction.requiringNew().run(() -> deadLetterUnreadable(config.consumer(), record,
                        unreadable));
                return Outcome.DEAD_LETTERED;
            }));
            return Optional.empty();
        }
        traced(record, () -> Outcome.NOT_HANDLED);
        return Optional.empty();
    }

    /** The relay's {@code ce_type} header (docs/events.md); a redriven dead letter or another producer may lack it. */
    private static String announcedType(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader(CloudEvent.TYPE_HEADER);
        return type == null || type.value() == null ? null : new String(type.value(), StandardCharsets.UTF_8);
    }

    /**
     * Applies the events in one transaction, each as it would be alone ({@link #claimAndApply}): one commit for all.
     * When one of them fails, the transaction rolls back; the events before it are applied together again, the one
     * that failed is parked as after its first try, and the events after it go on together (a later event of its key
     * then waits behind it, as ever). When the commit itself fails, nothing tells whose effect was at fault, and each
     * event is applied alone. Either way every event is settled once, in its key's order.
     */
    private void applyTogether(List<Arrival> arrivals) {
        if (arrivals.size() <= 1) {
            arrivals.forEach(this::applyAlone);
            return;
        }
        List<Span> spans = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                for (Arrival arrival : arrivals) {
                    Span span = traces.consuming(arrival.record(), config.consumer());
                    spans.add(span);
                    try (Scope scope = span.makeCurrent()) {
                        outcomes.add(claimAndApply(arrival));
                    }
                }
            });
        } catch (RuntimeException failure) {
            spans.forEach(span -> end(span, Outcome.ROLLED_BACK));
            int failed = outcomes.size();
            if (failed == arrivals.size()) {
                arrivals.forEach(this::applyAlone);
                return;
            }
            applyTogether(arrivals.subList(0, failed));
            Arrival culprit = arrivals.get(failed);
            traced(culprit.record(), () -> untilDone(() -> parkFailed(culprit, failure)));
            applyTogether(arrivals.subList(failed + 1, arrivals.size()));
            return;
        }
        for (int i = 0; i < spans.size(); i++) {
            end(spans.get(i), outcomes.get(i));
        }
    }

    private void applyAlone(Arrival arrival) {
        traced(arrival.record(), () -> untilDone(() -> applyOrPark(arrival)));
    }

    private Outcome applyOrPark(Arrival arrival) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> claimAndApply(arrival));
        } catch (RuntimeException failure) {
            return parkFailed(arrival, failure);
        }
    }

    /** In the caller's transaction: records the event id and applies the effect, or finds it known or waiting. */
    private Outcome claimAndApply(Arrival arrival) {
        ConsumerRecord<String, String> record = arrival.record();
        CloudEvent event = arrival.event();
        String consumer = config.consumer();
        if (!store.claimUnlessWaiting(consumer, record.topic(), record.key(), event.id(), event.type())) {
            if (parked.anyWaiting(consumer, record.topic(), record.key())) {
                parked.park(consumer, record, event.id(), event.type(), ParkedEvent.WAITING, 0, Instant.now(),
                        "behind an earlier event of key " + record.key());
                return Outcome.PARKED;
            }
            return Outcome.DUPLICATE;
        }
        arrival.handler().apply(arrival.payload(), event);
        return Outcome.APPLIED;
    }

    /**
     * The effect rolled back: the event waits, parked, for its next try. If the database cannot take the parked row
     * either, {@link #untilDone} tries again.
     */
    private Outcome parkFailed(Arrival arrival, RuntimeException failure) {
        CloudEvent event = arrival.event();
        logFailure(config.consumer(), event, 1, failure);
        QuarkusTransaction.requiringNew().run(() -> parked.park(config.consumer(), arrival.record(), event.id(),
                event.type(), ParkedEvent.WAITING, 1, Instant.now().plus(backoffAfter(1)), failure.toString()));
        retry.wake();
        return Outcome.PARKED;
    }

    private Outcome traced(ConsumerRecord<String, String> record, Step step) {
        Span span = traces.consuming(record, config.consumer());
        Outcome outcome = null;
        try (Scope scope = span.makeCurrent()) {
            outcome = step.run();
            return outcome;
        } finally {
            end(span, outcome);
        }
    }

    private static void end(Span span, Outcome outcome) {
        if (outcome != null) {
            span.setAttribute(OUTCOME, outcome.name());
        }
        span.end();
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

    /** A record in a poll: its envelope, read, and the handler of its type. */
    private record Arrival(ConsumerRecord<String, String> record, CloudEvent event, EventPayload payload,
                           EventHandlers.Registered<?> handler) {
    }

    /**
     * What became of a record, on its consumer span ({@code suits.inbox.outcome}). {@code ROLLED_BACK}: it was tried
     * in a transaction with others that failed, and a later span of the same record tells how it was settled.
     */
    public enum Outcome { APPLIED, DUPLICATE, NOT_HANDLED, PARKED, DEAD_LETTERED, ROLLED_BACK }
}
