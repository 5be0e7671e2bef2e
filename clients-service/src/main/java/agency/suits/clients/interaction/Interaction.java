package agency.suits.clients.interaction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A meeting, call or email with the client: logged once, never edited (it is the relationship's history). */
@Entity
public class Interaction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public InteractionKind kind;

    @Column(nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(updatable = false)
    public UUID contactId;

    @Column(updatable = false)
    public String participants;

    @Column(nullable = false, updatable = false)
    public String note;

    @Column(nullable = false, updatable = false)
    public UUID loggedBy;

    @Column(nullable = false, updatable = false)
    public Instant loggedAt;

    /** When the account team last spoke with the client; relationship health watches the silence after it. */
    public static Optional<Instant> lastWith(UUID clientId) {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select max(i.occurredAt) from Interaction i where i.clientId = :c", Instant.class)
                .setParameter("c", clientId).getSingleResult());
    }
}
