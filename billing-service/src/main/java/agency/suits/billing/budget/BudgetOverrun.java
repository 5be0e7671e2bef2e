package agency.suits.billing.budget;

import agency.suits.domain.money.Amount;
import agency.suits.events.billing.BookingKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A booking accepted beyond the job's budget: what it was, how much of it lies beyond, and the job after it. */
@Entity
public class BudgetOverrun extends PanacheEntityBase {

    @Id
    public UUID id;

    public String jobNumber;

    @Enumerated(EnumType.STRING)
    public BookingKind bookingKind;

    public UUID bookingId;

    @Column(precision = 19, scale = 4)
    public BigDecimal amount;

    /** The part of the booking beyond the budget: all of it when the job was over already. */
    @Column(precision = 19, scale = 4)
    public BigDecimal overBy;

    /** Actuals plus committed after the booking. */
    @Column(precision = 19, scale = 4)
    public BigDecimal spentAfter;

    @Column(precision = 19, scale = 4)
    public BigDecimal budget;

    public String currency;

    /** True for the booking that crossed the budget and was announced as BudgetExceeded. */
    public boolean announced;

    public Instant bookedAt;

    public Amount overByAmount() {
        return Amount.of(overBy, currency);
    }

    static List<BudgetOverrun> ofJob(String jobNumber) {
        return list("jobNumber = ?1 order by bookedAt, id", jobNumber);
    }
}
