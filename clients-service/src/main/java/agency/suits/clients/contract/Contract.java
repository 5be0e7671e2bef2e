package agency.suits.clients.contract;

import agency.suits.domain.money.Amount;
import agency.suits.events.clients.BillingPeriod;
import agency.suits.events.clients.ContractType;
import agency.suits.persistence.Rows;
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

/**
 * A signed contract. Amounts are exact, at their currency's minor units ({@link Amount}); the value_scale and
 * fee_scale columns, which kept the scale an amount was written with before, now only record those minor units.
 */
@Entity
public class Contract extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false, updatable = false)
    public ContractType type;

    @Column(nullable = false, updatable = false)
    public LocalDate startsOn;

    @Column(nullable = false)
    public LocalDate endsOn;

    @Column(nullable = false)
    public BigDecimal valueAmount;

    @Column(nullable = false, updatable = false)
    public String valueCurrency;

    @Column(nullable = false)
    public int valueScale;

    @Column(updatable = false)
    public BigDecimal feeAmount;

    @Column(updatable = false)
    public Integer feeScale;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public BillingPeriod feePeriod;

    @Column(nullable = false)
    public int includedRevisionRounds;

    @Column(nullable = false)
    public int noticePeriodDays;

    @Column(updatable = false)
    public UUID renewsContractId;

    @Column(nullable = false, updatable = false)
    public UUID signedBy;

    @Column(nullable = false, updatable = false)
    public Instant signedAt;

    public Instant renewalDueSentAt;

    public LocalDate terminatedOn;

    public String terminationReason;

    public UUID terminatedBy;

    public Instant terminatedAt;

    @Version
    public long version;

    public Amount value() {
        return Amount.of(valueAmount, valueCurrency);
    }

    public Retainer retainer() {
        return feeAmount == null ? null : new Retainer(Amount.of(feeAmount, valueCurrency), feePeriod);
    }

    public LocalDate noticeWindowOpensOn() {
        return endsOn.minusDays(noticePeriodDays);
    }

    void terms(ContractTerms terms) {
        type = terms.type();
        startsOn = terms.startsOn();
        endsOn = terms.endsOn();
        valueAmount = terms.value().value();
        valueScale = terms.value().minorUnits();
        valueCurrency = terms.value().currency();
        if (terms.retainer() != null) {
            feeAmount = terms.retainer().feePerPeriod().value();
            feeScale = terms.retainer().feePerPeriod().minorUnits();
            feePeriod = terms.retainer().period();
        }
        includedRevisionRounds = terms.includedRevisionRounds();
        noticePeriodDays = terms.noticePeriodDays();
    }

    public boolean terminated() {
        return terminatedOn != null;
    }

    /** The terms as they stand now, for the signing rules an amendment must keep. */
    ContractTerms currentTerms() {
        return new ContractTerms(type, startsOn, endsOn, value(), retainer(), includedRevisionRounds,
                noticePeriodDays);
    }

    public static boolean isRenewed(UUID contractId) {
        return Rows.exist(Contract.class, "renewsContractId = ?1", contractId);
    }
}
