package agency.suits.billing.estimate;

import agency.suits.billing.MoneyColumn;
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
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
public class Estimate extends PanacheEntityBase {

    @Id
    public UUID id;

    public String jobNumber;

    public UUID clientId;

    public int estimateVersion;

    @Enumerated(EnumType.STRING)
    public EstimateStatus status;

    public String currency;

    @Column(precision = 19, scale = 4)
    public BigDecimal total;

    public UUID createdBy;

    public Instant createdAt;

    public UUID approvedBy;

    public Instant approvedAt;

    public String clientApprover;

    public LocalDate clientApprovedOn;

    public UUID clientApprovalRecordedBy;

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
        total = MoneyColumn.require(totalAmount().plus(Amount.of(line.amount, currency)), "the estimate's total")
                .value();
    }

    public Amount totalAmount() {
        return Amount.of(total, currency);
    }
}
