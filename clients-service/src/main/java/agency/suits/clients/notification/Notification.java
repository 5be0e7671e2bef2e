package agency.suits.clients.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** One person told of one event; only {@code readAt} ever changes. */
@Entity
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public UUID recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public NotificationKind kind;

    /** Null for a notification about no single client (a supervisor's digest). */
    @Column(updatable = false)
    public UUID clientId;

    @Column(nullable = false, updatable = false)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public RecipientReason reason;

    @Column(nullable = false, updatable = false)
    public String link;

    @Column(nullable = false, updatable = false)
    public Instant createdAt;

    public Instant readAt;
}
