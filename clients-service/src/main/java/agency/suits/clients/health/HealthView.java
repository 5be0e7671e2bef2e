package agency.suits.clients.health;

import agency.suits.events.clients.HealthSignal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A client's health now: the score, the line it must stay above, and every signal behind it. */
public record HealthView(UUID clientId, int score, int threshold, boolean atRisk, List<Signal> signals,
                         Instant assessedAt) {

    public record Signal(HealthSignal signal, int weight, String detail, UUID sourceEventId, String sourceEventType,
                         Instant observedAt) {

        static Signal of(ObservedSignal observed) {
            return new Signal(observed.signal(), observed.weight(), observed.detail(), observed.sourceEventId(),
                    observed.sourceEventType(), observed.observedAt());
        }
    }
}
