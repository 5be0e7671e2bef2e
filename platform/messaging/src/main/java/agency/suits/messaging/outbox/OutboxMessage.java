package agency.suits.messaging.outbox;

import java.util.UUID;

/** One committed outbox row waiting for the relay. */
record OutboxMessage(long id, UUID eventId, String topic, String key, String type, String payload) {
}
