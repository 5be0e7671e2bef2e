package agency.suits.clients.health;

import agency.suits.events.clients.HealthSignal;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A signal another service's event raised about a client, kept so the score can be rebuilt at any time. */
@Entity
@Table(name = "health_signal")
public class RecordedSignal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public HealthSignal signal;

    @Column(nullable = false, updatable = false)
    public int weight;

    @Column(nullable = false, updatable = false)
    public String detail;

    @Column(nullable = false, updatable = false)
    public UUID sourceEventId;

    @Column(nullable = false, updatable = false)
    public String sourceEventType;

    @Column(updatable = false)
    public String sourceRef;

    @Column(nullable = false, updatable = false)
    public Instant observedAt;

    static RecordedSignal of(UUID clientId, ObservedSignal observed) {
        RecordedSignal recorded = new RecordedSignal();
        recorded.id = UUID.randomUUID();
        recorded.clientId = clientId;
        recorded.signal = observed.signal();
        recorded.weight = observed.weight();
        recorded.detail = observed.detail().length() > 500 ? observed.detail().substring(0, 500) : observed.detail();
        recorded.sourceEventId = observed.sourceEventId();
        recorded.sourceEventType = observed.sourceEventType();
        recorded.sourceRef = observed.sourceRef();
        recorded.observedAt = observed.observedAt();
        return recorded;
    }

    ObservedSignal toObserved() {
        return new ObservedSignal(signal, weight, detail, sourceEventId, sourceEventType, sourceRef, observedAt);
    }
}
