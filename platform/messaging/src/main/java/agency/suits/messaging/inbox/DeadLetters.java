package agency.suits.messaging.inbox;

import agency.suits.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gives up on an event: it goes to {@code <topic>.<consumer>.dlt}, with where it came from and why, for a person to
 * look at. The dead letter is recorded in the outbox in the same transaction that marks the event dead, so it is
 * published however long the broker is away, and no consumer thread ever waits for the broker to take it.
 */
@ApplicationScoped
class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final int MAX_HEADER = 2000;

    private final Outbox outbox;

    DeadLetters(Outbox outbox) {
        this.outbox = outbox;
    }

    static String topicFor(String topic, String consumer) {
        return topic + "." + consumer + ".dlt";
    }

    /** In the caller's transaction. */
    void record(String consumer, ParkedEvent event, int attempts, String reason) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("dlt-consumer", consumer);
        headers.put("dlt-original-topic", event.topic());
        headers.put("dlt-original-partition", String.valueOf(event.partition()));
        headers.put("dlt-original-offset", String.valueOf(event.offset()));
        headers.put("dlt-attempts", String.valueOf(attempts));
        headers.put("dlt-reason", bounded(reason == null ? "unknown" : reason));
        outbox.recordDeadLetter(topicFor(event.topic(), consumer), event.key(), event.eventType(), event.payload(),
                headers);
        LOG.errorf("Event at %s-%d@%d dead-lettered by %s after %d tries: %s", event.topic(), event.partition(),
                event.offset(), consumer, attempts, reason);
    }

    private static String bounded(String value) {
        return value.length() > MAX_HEADER ? value.substring(0, MAX_HEADER) : value;
    }
}
