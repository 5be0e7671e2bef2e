package agency.suits.billing.actuals;

import agency.suits.domain.money.Amount;
import agency.suits.web.money.MoneyJson;
import agency.suits.security.Role;
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

/** Hours a person worked on a job, valued at the rate card of the work date. Booked once, never edited. */
@Entity
public class TimeEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    public String jobNumber;

    public UUID clientId;

    public UUID personId;

    @Enumerated(EnumType.STRING)
    public Role role;

    public LocalDate workDate;

    @Column(precision = 5, scale = 2)
    public BigDecimal hours;

    public UUID rateCardId;

    @Column(precision = 19, scale = 4)
    public BigDecimal hourlyRate;

    @Column(precision = 19, scale = 4)
    public BigDecimal amount;

    public String currency;

    /** The card's cost rate of the work date and the hours at it (for margins); null without a cost rate. */
    @Column(precision = 19, scale = 4)
    public BigDecimal costRate;

    @Column(precision = 19, scale = 4)
    public BigDecimal costAmount;

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

    public Amount rate() {
        return Amount.of(hourlyRate, currency);
    }
}
