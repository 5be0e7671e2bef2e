package agency.suits.billing.estimate;

import agency.suits.domain.money.Amount;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "estimate")
public class Estimate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "job_number")
    public String jobNumber;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "estimate_version")
    public int estimateVersion;

    @Enumerated(EnumType.STRING)
    public EstimateStatus status;

    public String currency;

    @Column(precision = 19, scale = 4)
    public BigDecimal total;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "approved_by")
    public UUID approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "client_approver")
    public String clientApprover;

    @Column(name = "client_approved_on")
    public LocalDate clientApprovedOn;

    @Column(name = "client_approval_recorded_by")
    public UUID clientApprovalRecordedBy;

    @Column(name = "client_approval_recorded_at")
    public Instant clientApprovalRecordedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "estimate", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    public List<EstimateLine> lines = new ArrayList<>();

    /** Adds a priced line; the total is the sum of the lines, computed here only. */
    void add(EstimateLine line) {
        line.estimate = this;
        line.position = lines.size() + 1;
        lines.add(line);
        total = totalAmount().plus(Amount.of(line.amount, currency)).value();
    }

    public Amount totalAmount() {
        return Amount.of(total, currency);
    }
}
