package agency.suits.messaging.operations;

import agency.suits.messaging.inbox.ParkedEvent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * An event this service gave up on, with where it came from, how often it was tried and the last reason. A record
 * that could not be read as an event has no key, id or type; one still being retried has no death time.
 */
public record DeadLetterView(long id, String status, String topic, int partition, long offset,
                             @Schema(nullable = true) String key,
                             @Schema(nullable = true) UUID eventId,
                             @Schema(nullable = true) String eventType,
                             int attempts, Instant parkedAt,
                             @Schema(nullable = true) Instant deadAt,
                             @Schema(nullable = true) String lastError,
                             @Schema(nullable = true) String payload) {

    static DeadLetterView of(ParkedEvent event) {
        return new DeadLetterView(event.id(), event.status(), event.topic(), event.partition(), event.offset(),
                event.key(), event.eventId(), event.eventType(), event.attempts(), event.parkedAt(), event.deadAt(),
                event.lastError(), event.payload());
    }
}
