package agency.suits.billing.actuals;

import agency.suits.domain.money.Amount;
import agency.suits.security.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Hours a person worked on a job, valued at the rate card of the work date. Booked once, never edited. */
@Entity
@Table(name = "time_entry")
public class TimeEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "job_number")
    public String jobNumber;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "person_id")
    public UUID personId;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Column(name = "work_date")
    public LocalDate workDate;

    @Column(precision = 5, scale = 2)
    public BigDecimal hours;

    @Column(name = "rate_card_id")
    public UUID rateCardId;

    @Column(name = "hourly_rate", precision = 19, scale = 4)
    public BigDecimal hourlyRate;

    @Column(precision = 19, scale = 4)
    public BigDecimal amount;

    public String currency;

    @Column(name = "recorded_by")
    public UUID recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The time-and-materials invoice that bills this entry; null until billed. */
    @Column(name = "invoice_id")
    public UUID invoiceId;

    public Amount value() {
        return Amount.of(amount, currency);
    }

    public Amount rate() {
        return Amount.of(hourlyRate, currency);
    }
}
