package agency.suits.clients.opportunity;

import agency.suits.domain.money.Amount;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** New work the account team is pursuing with a client. */
@Entity
public class Opportunity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID clientId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OpportunityStage stage;

    @Column(nullable = false)
    public BigDecimal estimatedAmount;

    @Column(nullable = false)
    public int estimatedScale;

    @Column(nullable = false)
    public String estimatedCurrency;

    public LocalDate expectedCloseOn;

    @Column(nullable = false, updatable = false)
    public UUID ownerId;

    @Column(nullable = false, updatable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public Amount estimatedValue() {
        return Amount.of(estimatedAmount, estimatedCurrency);
    }

    /** The estimated_scale column, which kept the scale an amount was written with, now holds its minor units. */
    void estimatedValue(Amount value) {
        estimatedAmount = value.value();
        estimatedScale = value.minorUnits();
        estimatedCurrency = value.currency();
    }
}
