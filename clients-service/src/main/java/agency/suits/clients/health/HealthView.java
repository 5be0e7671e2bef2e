package agency.suits.clients.health;

import agency.suits.events.clients.HealthSignal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client's health as last assessed: the score (assessed in the transaction that set the client's status, so the
 * two agree), the line it must stay above, every signal behind it, and the signals cleared within the window. Named
 * for the client, as health alone could be anything's.
 */
@Schema(name = "ClientHealth")
public record HealthView(UUID clientId, int score, int threshold, boolean atRisk, List<Signal> signals,
                         List<Signal> cleared, Instant assessedAt) {

    /**
     * One signal with its current weight; one this service saw itself (silence, a contract ending) has no source
     * event and no history. The history lists each change: raised, escalated, cleared (weight 0).
     */
    @Schema(name = "ClientHealthSignal")
    public record Signal(HealthSignal signal, int weight, String detail, @Schema(nullable = true) UUID sourceEventId,
                         @Schema(nullable = true) String sourceEventType, Instant observedAt, List<Step> history) {

        static Signal of(ObservedSignal observed, List<Step> history) {
            return new Signal(observed.signal(), observed.weight(), observed.detail(), observed.sourceEventId(),
                    observed.sourceEventType(), observed.observedAt(), history);
        }
    }

    /** One change of a signal, and the event that made it. */
    @Schema(name = "ClientHealthSignalStep")
    public record Step(int weight, String detail, @Schema(nullable = true) UUID sourceEventId,
                       @Schema(nullable = true) String sourceEventType, Instant happenedAt) {

        static Step of(SignalStep step) {
            return new Step(step.weight, step.detail, step.sourceEventId, step.sourceEventType, step.happenedAt);
        }
    }
}
