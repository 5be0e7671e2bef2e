package agency.suits.clients.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** One of the client's people: who the account team talks to, and whether they can say yes. */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    public String phone;

    @Column(name = "job_title")
    public String jobTitle;

    @Column(name = "decision_maker", nullable = false)
    public boolean decisionMaker;

    @Column(name = "created_by", nullable = false, updatable = false)
    public UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;
}
