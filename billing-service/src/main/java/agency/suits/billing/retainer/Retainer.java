package agency.suits.billing.retainer;

import agency.suits.domain.money.Amount;
import agency.suits.events.clients.BillingPeriod;
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

/** A retainer contract's terms as ContractSigned announced them; never changed afterwards (a renewal is a new one). */
@Entity
@Table(name = "retainer")
public class Retainer extends PanacheEntityBase {

    @Id
    @Column(name = "contract_id")
    public UUID contractId;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(precision = 19, scale = 4)
    public BigDecimal fee;

    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_period")
    public BillingPeriod billingPeriod;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "renews_contract_id")
    public UUID renewsContractId;

    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public Amount feeAmount() {
        return Amount.of(fee, currency);
    }
}
