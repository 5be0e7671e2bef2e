package agency.suits.clients.health;

import agency.suits.events.clients.HealthSignal;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A signal other services' events raised about a client, kept so the score can be rebuilt at any time. One fact is
 * one signal (an invoice, a job's budget): a later event about it changes its weight, or clears it, and each change
 * is a {@link SignalStep} of its history. {@code observedAt} is when its current weight was observed.
 */
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

    @Column(nullable = false)
    public int weight;

    @Column(nullable = false)
    public String detail;

    @Column(nullable = false)
    public UUID sourceEventId;

    @Column(nullable = false)
    public String sourceEventType;

    @Column(updatable = false)
    public String sourceRef;

    @Column(nullable = false)
    public Instant observedAt;

    /** When the fact stopped being true (the invoice paid, the budget raised); it then no longer counts. */
    public Instant clearedAt;

    /** What an overrun was measured against: a new budget above it clears the overrun. */
    @Column(precision = 19, scale = 4)
    public BigDecimal actualsAmount;

    public String actualsCurrency;

    static RecordedSignal of(UUID clientId, ObservedSignal observed) {
        RecordedSignal recorded = new RecordedSignal();
        recorded.id = UUID.randomUUID();
        recorded.clientId = clientId;
        recorded.signal = observed.signal();
        recorded.weight = observed.weight();
        recorded.detail = bounded(observed.detail());
        recorded.sourceEventId = observed.sourceEventId();
        recorded.sourceEventType = observed.sourceEventType();
        recorded.sourceRef = observed.sourceRef();
        recorded.observedAt = observed.observedAt();
        return recorded;
    }

    static String bounded(String detail) {
        return detail.length() > 500 ? detail.substring(0, 500) : detail;
    }

    /** The open signal of this fact, cleared or not: the one a later event about the same fact changes. */
    static Optional<RecordedSignal> ofFact(UUID clientId, HealthSignal signal, String ref) {
        return RecordedSignal.<RecordedSignal>find("clientId = ?1 and signal = ?2 and sourceRef = ?3"
                + " order by observedAt desc", clientId, signal, ref).firstResultOptional();
    }

    /** Takes the observation's weight and detail, and records the change as a step of the signal's history. */
    void change(ObservedSignal observed) {
        weight = observed.weight();
        detail = bounded(observed.detail());
        sourceEventId = observed.sourceEventId();
        sourceEventType = observed.sourceEventType();
        observedAt = observed.observedAt();
        clearedAt = null;
        step(weight, detail, sourceEventId, sourceEventType, observedAt);
    }

    void clear(String why, SourceEvent source, Instant at) {
        clearedAt = at;
        step(0, why, source.id(), source.type(), at);
    }

    void step(int stepWeight, String stepDetail, UUID eventId, String eventType, Instant at) {
        SignalStep.of(id, stepWeight, stepDetail, eventId, eventType, at).persist();
    }

    ObservedSignal toObserved() {
        return new ObservedSignal(signal, weight, detail, sourceEventId, sourceEventType, sourceRef, observedAt);
    }
}
