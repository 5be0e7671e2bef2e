package agency.suits.clients.health;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The last assessment of a client: what a new one compares with to see a crossing of the threshold. */
@Entity
@Table(name = "client_health")
public class ClientHealth extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    @Column(nullable = false)
    public int score;

    @Column(name = "below_threshold", nullable = false)
    public boolean belowThreshold;

    @Column(name = "assessed_at", nullable = false)
    public Instant assessedAt;
}
