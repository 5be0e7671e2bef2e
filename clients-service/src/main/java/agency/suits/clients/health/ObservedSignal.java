package agency.suits.clients.health;

import agency.suits.events.clients.HealthSignal;
import agency.suits.events.clients.RiskReason;

import java.time.Instant;
import java.util.UUID;

/**
 * One reason a client's health is lower: from another service's event (source event id and type set) or seen by
 * this service itself (both null). {@code sourceRef} is what a later event may take back, e.g. a feedback id.
 */
public record ObservedSignal(HealthSignal signal, int weight, String detail, UUID sourceEventId,
                             String sourceEventType, String sourceRef, Instant observedAt) {

    public RiskReason toRiskReason() {
        return new RiskReason(signal, weight, detail, sourceEventId, sourceEventType, observedAt);
    }
}
