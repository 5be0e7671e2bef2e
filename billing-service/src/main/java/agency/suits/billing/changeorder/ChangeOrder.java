package agency.suits.billing.changeorder;

import agency.suits.domain.money.Amount;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The priced difference when a job's scope grows; approved, it raises the job's budget by exactly that. */
@Entity
public class ChangeOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    public String jobNumber;

    public UUID clientId;

    @Enumerated(EnumType.STRING)
    public ChangeOrderOrigin origin;

    public Integer round;

    public String reason;

    @Column(precision = 19, scale = 4)
    public BigDecimal amount;

    public String currency;

    @Enumerated(EnumType.STRING)
    public ChangeOrderStatus status;

    /** Null when the revision-round rule drafted it. */
    public UUID createdBy;

    public Instant createdAt;

    public UUID approvedBy;

    public Instant approvedAt;

    @Version
    public long version;

    public Amount difference() {
        return Amount.of(amount, currency);
    }
}
