package agency.suits.messaging.operations;

import agency.suits.messaging.inbox.ParkedEvent;

import java.time.Instant;
import java.util.UUID;

/** An event this service gave up on, with where it came from, how often it was tried and the last reason. */
public record DeadLetterView(long id, String status, String topic, int partition, long offset, String key,
                             UUID eventId, String eventType, int attempts, Instant parkedAt, Instant deadAt,
                             String lastError, String payload) {

    static DeadLetterView of(ParkedEvent event) {
        return new DeadLetterView(event.id(), event.status(), event.topic(), event.partition(), event.offset(),
                event.key(), event.eventId(), event.eventType(), event.attempts(), event.parkedAt(), event.deadAt(),
                event.lastError(), event.payload());
    }
}
