package agency.suits.clients.health;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One change of a signal: raised, escalated, de-escalated or cleared (weight 0), and the event that did it. */
@Entity
@Table(name = "health_signal_step")
public class SignalStep extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID signalId;

    @Column(nullable = false, updatable = false)
    public int weight;

    @Column(nullable = false, updatable = false)
    public String detail;

    @Column(updatable = false)
    public UUID sourceEventId;

    @Column(updatable = false)
    public String sourceEventType;

    @Column(nullable = false, updatable = false)
    public Instant happenedAt;

    static SignalStep of(UUID signalId, int weight, String detail, UUID sourceEventId, String sourceEventType,
                         Instant happenedAt) {
        SignalStep step = new SignalStep();
        step.id = UUID.randomUUID();
        step.signalId = signalId;
        step.weight = weight;
        step.detail = RecordedSignal.bounded(detail);
        step.sourceEventId = sourceEventId;
        step.sourceEventType = sourceEventType;
        step.happenedAt = happenedAt;
        return step;
    }

    static List<SignalStep> of(UUID signalId) {
        return list("signalId = ?1 order by happenedAt, id", signalId);
    }
}
