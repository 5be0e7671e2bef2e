package agency.suits.billing.actuals;

import agency.suits.billing.tax.TaxCategory;
import agency.suits.domain.money.Amount;
import agency.suits.web.money.MoneyJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A vendor cost incurred for a job (print, stock, production), booked once as an actual. */
@Entity
public class CostEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    public String jobNumber;

    public UUID clientId;

    public String vendorName;

    public String description;

    @Column(precision = 19, scale = 4)
    public BigDecimal amount;

    public String currency;

    public LocalDate incurredOn;

    /** What the cost is taxed as when it is invoiced: STANDARD, or REDUCED (printed matter in many countries). */
    @Enumerated(EnumType.STRING)
    public TaxCategory taxCategory;

    /** The part of it booked beyond the job's budget (it was accepted, and flagged); null when within. */
    @Column(precision = 19, scale = 4)
    public BigDecimal overBudgetBy;

    public UUID recordedBy;

    public Instant recordedAt;

    /** The time-and-materials invoice that bills this entry; null until billed. */
    public UUID invoiceId;

    /** For a reversal: the entry it takes back (its figures are that entry's, negated). */
    public UUID reversesId;

    /** For a reversed entry: the reversal that took it back. */
    public UUID reversedById;

    public String reversalReason;

    /** What lies beyond the budget, if anything; null when within it. */
    public MoneyJson overBudgetByJson() {
        return overBudgetBy == null ? null : MoneyJson.of(Amount.of(overBudgetBy, currency));
    }

    public Amount value() {
        return Amount.of(amount, currency);
    }
}
