package agency.suits.messaging.outbox;

import java.util.Map;
import java.util.UUID;

/**
 * One committed outbox row waiting for the relay. {@code headers} are the Kafka headers of a dead letter (where it
 * came from, why); an event of the service's own has none and gets the CloudEvents ones. {@code traceContext} is
 * the trace the row was recorded in (W3C trace context headers), or null.
 */
record OutboxMessage(long id, UUID eventId, String topic, String key, String type, String payload,
                     Map<String, String> headers, Map<String, String> traceContext) {
}
