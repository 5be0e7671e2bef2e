package agency.suits.clients.contract;

import agency.suits.events.Money;
import agency.suits.events.clients.BillingPeriod;
import agency.suits.events.clients.ContractType;
import agency.suits.events.clients.RetainerTerms;
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

/**
 * A signed contract. Amounts keep the scale they were signed with ({@code 10.50} stays {@code 10.50}), which the
 * numeric(19,4) column alone would widen to four places.
 */
@Entity
@Table(name = "contract")
public class Contract extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false, updatable = false)
    public ContractType type;

    @Column(name = "starts_on", nullable = false, updatable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false, updatable = false)
    public LocalDate endsOn;

    @Column(name = "value_amount", nullable = false, updatable = false)
    public BigDecimal valueAmount;

    @Column(name = "value_currency", nullable = false, updatable = false)
    public String valueCurrency;

    @Column(name = "value_scale", nullable = false, updatable = false)
    public int valueScale;

    @Column(name = "fee_amount", updatable = false)
    public BigDecimal feeAmount;

    @Column(name = "fee_scale", updatable = false)
    public Integer feeScale;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_period", updatable = false)
    public BillingPeriod feePeriod;

    @Column(name = "included_revision_rounds", nullable = false, updatable = false)
    public int includedRevisionRounds;

    @Column(name = "notice_period_days", nullable = false, updatable = false)
    public int noticePeriodDays;

    @Column(name = "renews_contract_id", updatable = false)
    public UUID renewsContractId;

    @Column(name = "signed_by", nullable = false, updatable = false)
    public UUID signedBy;

    @Column(name = "signed_at", nullable = false, updatable = false)
    public Instant signedAt;

    @Column(name = "renewal_due_sent_at")
    public Instant renewalDueSentAt;

    @Version
    public long version;

    public Money value() {
        return new Money(valueAmount.setScale(valueScale), valueCurrency);
    }

    public RetainerTerms retainer() {
        return feeAmount == null ? null
                : new RetainerTerms(new Money(feeAmount.setScale(feeScale), valueCurrency), feePeriod);
    }

    public LocalDate noticeWindowOpensOn() {
        return endsOn.minusDays(noticePeriodDays);
    }

    void terms(ContractTerms terms) {
        type = terms.type();
        startsOn = terms.startsOn();
        endsOn = terms.endsOn();
        valueAmount = terms.value().amount();
        valueScale = terms.value().amount().scale();
        valueCurrency = terms.value().currency();
        if (terms.retainer() != null) {
            feeAmount = terms.retainer().feePerPeriod().amount();
            feeScale = feeAmount.scale();
            feePeriod = terms.retainer().period();
        }
        includedRevisionRounds = terms.includedRevisionRounds();
        noticePeriodDays = terms.noticePeriodDays();
    }

    public static boolean isRenewed(UUID contractId) {
        return count("renewsContractId", contractId) > 0;
    }
}
