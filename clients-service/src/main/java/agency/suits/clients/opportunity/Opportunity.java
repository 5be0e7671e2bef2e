package agency.suits.clients.opportunity;

import agency.suits.events.Money;
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
import java.time.LocalDate;
import java.util.UUID;

/** New work the account team is pursuing with a client. */
@Entity
@Table(name = "opportunity")
public class Opportunity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OpportunityStage stage;

    @Column(name = "estimated_amount", nullable = false)
    public BigDecimal estimatedAmount;

    @Column(name = "estimated_scale", nullable = false)
    public int estimatedScale;

    @Column(name = "estimated_currency", nullable = false)
    public String estimatedCurrency;

    @Column(name = "expected_close_on")
    public LocalDate expectedCloseOn;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public UUID ownerId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public Money estimatedValue() {
        return new Money(estimatedAmount.setScale(estimatedScale), estimatedCurrency);
    }

    void estimatedValue(Money value) {
        estimatedAmount = value.amount();
        estimatedScale = value.amount().scale();
        estimatedCurrency = value.currency();
    }
}
