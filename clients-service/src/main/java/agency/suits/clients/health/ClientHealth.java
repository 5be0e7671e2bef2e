package agency.suits.clients.health;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** The last assessment of a client: what a new one compares with to see a crossing of the threshold. */
@Entity
public class ClientHealth extends PanacheEntityBase {

    @Id
    public UUID clientId;

    @Column(nullable = false)
    public int score;

    @Column(nullable = false)
    public boolean belowThreshold;

    @Column(nullable = false)
    public Instant assessedAt;
}
