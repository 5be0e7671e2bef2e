package agency.suits.billing.payable;

import agency.suits.domain.money.Amount;
import agency.suits.web.money.MoneyJson;
import agency.suits.events.billing.ApprovalLevel;
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

@Entity
public class Payable extends PanacheEntityBase {

    @Id
    public UUID id;

    public String jobNumber;

    public UUID clientId;

    public String vendorName;

    public String description;

    @Column(precision = 19, scale = 4)
    public BigDecimal amount;

    public String currency;

    @Enumerated(EnumType.STRING)
    public PayableStatus status;

    @Enumerated(EnumType.STRING)
    public ApprovalLevel approvalLevel;

    public UUID createdBy;

    public Instant createdAt;

    public UUID approvedBy;

    public Instant approvedAt;

    public UUID releasedBy;

    public Instant releasedAt;

    /** The part of it booked beyond the job's budget (it was accepted, and flagged); null when within. */
    @Column(precision = 19, scale = 4)
    public BigDecimal overBudgetBy;

    @Version
    public long version;

    /** What lies beyond the budget, if anything; null when within it. */
    public MoneyJson overBudgetByJson() {
        return overBudgetBy == null ? null : MoneyJson.of(Amount.of(overBudgetBy, currency));
    }

    public Amount value() {
        return Amount.of(amount, currency);
    }
}
