package agency.suits.clients.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** One event for one subscription, until the receiver took it or Suits gave up. */
@Entity
public class WebhookDelivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID subscriptionId;

    @Column(nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public String eventType;

    @Column(updatable = false)
    public UUID clientId;

    @Column(nullable = false, updatable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(nullable = false, updatable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant nextAttemptAt;

    @Column(nullable = false)
    public Instant giveUpAt;

    /** Until when one instance has it in hand; another takes it only after that, so it is sent by one at a time. */
    public Instant leaseUntil;

    public Instant deliveredAt;

    public Integer lastStatusCode;

    public Long lastLatencyMs;

    public String lastError;
}
