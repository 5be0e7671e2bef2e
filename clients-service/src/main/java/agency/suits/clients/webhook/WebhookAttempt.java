package agency.suits.clients.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** One try of a delivery, as the delivery log shows it; never changed. */
@Entity
public class WebhookAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public UUID deliveryId;

    @Column(nullable = false, updatable = false)
    public Instant attemptedAt;

    @Column(updatable = false)
    public Integer statusCode;

    @Column(nullable = false, updatable = false)
    public long latencyMs;

    @Column(updatable = false)
    public String error;
}
