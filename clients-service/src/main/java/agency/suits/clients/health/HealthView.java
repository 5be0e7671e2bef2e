package agency.suits.clients.health;

import agency.suits.events.clients.HealthSignal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client's health now: the score, the line it must stay above, and every signal behind it. Named for the client,
 * as health alone could be anything's.
 */
@Schema(name = "ClientHealth")
public record HealthView(UUID clientId, int score, int threshold, boolean atRisk, List<Signal> signals,
                         Instant assessedAt) {

    /** One signal; one this service saw itself (silence, a contract ending) has no source event. */
    @Schema(name = "ClientHealthSignal")
    public record Signal(HealthSignal signal, int weight, String detail, @Schema(nullable = true) UUID sourceEventId,
                         @Schema(nullable = true) String sourceEventType, Instant observedAt) {

        static Signal of(ObservedSignal observed) {
            return new Signal(observed.signal(), observed.weight(), observed.detail(), observed.sourceEventId(),
                    observed.sourceEventType(), observed.observedAt());
        }
    }
}
