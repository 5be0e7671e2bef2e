package agency.suits.clients.client;

import agency.suits.events.clients.ClientStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A client (an account): the aggregate every clients event is about, hence the version that orders them. */
@Entity
public class Client extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    public String industry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClientStatus status;

    @Column(nullable = false, updatable = false)
    public UUID createdBy;

    @Column(nullable = false, updatable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
