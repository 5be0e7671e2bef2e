package agency.suits.billing.changeorder;

import agency.suits.domain.money.Amount;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The priced difference when a job's scope grows; approved, it raises the job's budget by exactly that. */
@Entity
@Table(name = "change_order")
public class ChangeOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "job_number")
    public String jobNumber;

    @Column(name = "client_id")
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
    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "approved_by")
    public UUID approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Version
    public long version;

    public Amount difference() {
        return Amount.of(amount, currency);
    }
}
