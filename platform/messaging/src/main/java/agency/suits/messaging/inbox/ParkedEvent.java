package agency.suits.messaging.inbox;

import java.time.Instant;
import java.util.UUID;

/** An event the inbox holds back: failed, or behind an earlier event of its key that failed; or given up on. */
public record ParkedEvent(long id, String consumer, String topic, int partition, long offset, String key,
                          UUID eventId, String eventType, String payload, String status, int attempts,
                          Instant parkedAt, Instant nextAttemptAt, String lastError, Instant deadAt) {

    static final String WAITING = "WAITING";
    static final String DEAD = "DEAD";
}
