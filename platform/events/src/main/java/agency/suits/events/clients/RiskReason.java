package agency.suits.events.clients;

import agency.suits.events.Invariants;

import java.time.Instant;
import java.util.UUID;

/**
 * One signal behind a low health score. {@code sourceEventId} and {@code sourceEventType} name the event that
 * raised it; both are null for signals the clients service sees itself (no recent interaction, contract ending).
 */
public record RiskReason(
        HealthSignal signal,
        int weight,
        String detail,
        UUID sourceEventId,
        String sourceEventType,
        Instant observedAt) {

    public RiskReason {
        Invariants.present(signal, "signal");
        Invariants.between(weight, 1, 100, "weight");
        Invariants.text(detail, "detail");
        Invariants.optionalText(sourceEventType, "sourceEventType");
        if ((sourceEventId == null) != (sourceEventType == null)) {
            throw new IllegalArgumentException("sourceEventId and sourceEventType go together");
        }
        Invariants.present(observedAt, "observedAt");
    }
}
