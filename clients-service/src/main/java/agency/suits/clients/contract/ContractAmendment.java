package agency.suits.clients.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One amendment of a contract, as made: every term before and after, so the history reads without replaying it. */
@Entity
public class ContractAmendment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID contractId;

    @Column(nullable = false, updatable = false)
    public LocalDate effectiveOn;

    @Column(nullable = false, updatable = false, length = 500)
    public String reason;

    @Column(nullable = false, updatable = false)
    public UUID amendedBy;

    @Column(nullable = false, updatable = false)
    public Instant amendedAt;

    @Column(nullable = false, updatable = false)
    public BigDecimal valueBefore;

    @Column(nullable = false, updatable = false)
    public BigDecimal valueAfter;

    @Column(nullable = false, updatable = false)
    public LocalDate endsOnBefore;

    @Column(nullable = false, updatable = false)
    public LocalDate endsOnAfter;

    @Column(nullable = false, updatable = false)
    public int includedRevisionRoundsBefore;

    @Column(nullable = false, updatable = false)
    public int includedRevisionRoundsAfter;

    @Column(nullable = false, updatable = false)
    public int noticePeriodDaysBefore;

    @Column(nullable = false, updatable = false)
    public int noticePeriodDaysAfter;
}
