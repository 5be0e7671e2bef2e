package agency.suits.billing.payable;

import agency.suits.domain.money.Amount;
import agency.suits.events.billing.ApprovalLevel;
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

@Entity
@Table(name = "payable")
public class Payable extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "job_number")
    public String jobNumber;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "vendor_name")
    public String vendorName;

    public String description;

    @Column(precision = 19, scale = 4)
    public BigDecimal amount;

    public String currency;

    @Enumerated(EnumType.STRING)
    public PayableStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_level")
    public ApprovalLevel approvalLevel;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "approved_by")
    public UUID approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "released_by")
    public UUID releasedBy;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Version
    public long version;

    public Amount value() {
        return Amount.of(amount, currency);
    }
}
