package agency.suits.billing.retainer;

import agency.suits.domain.money.Amount;
import agency.suits.events.clients.BillingPeriod;
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

/** A retainer contract's terms as ContractSigned announced them; never changed afterwards (a renewal is a new one). */
@Entity
public class Retainer extends PanacheEntityBase {

    @Id
    public UUID contractId;

    public UUID clientId;

    @Column(precision = 19, scale = 4)
    public BigDecimal fee;

    public String currency;

    @Enumerated(EnumType.STRING)
    public BillingPeriod billingPeriod;

    public LocalDate startsOn;

    public LocalDate endsOn;

    public UUID renewsContractId;

    public Instant signedAt;

    public Instant recordedAt;

    public Amount feeAmount() {
        return Amount.of(fee, currency);
    }
}
