package agency.suits.clients.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** One of the client's people: who the account team talks to, and whether they can say yes. */
@Entity
public class Contact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID clientId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    public String phone;

    public String jobTitle;

    @Column(nullable = false)
    public boolean decisionMaker;

    @Column(nullable = false, updatable = false)
    public UUID createdBy;

    @Column(nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;
}
