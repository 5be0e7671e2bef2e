package agency.suits.billing.tax;

import agency.suits.billing.ratecard.RateSpan;
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

/** The agency's tax rate of one category in one country from a date (inclusive) until a date (inclusive, or open). */
@Entity
public class TaxRate extends PanacheEntityBase {

    @Id
    public UUID id;

    public String country;

    @Enumerated(EnumType.STRING)
    public TaxCategory category;

    @Column(precision = 5, scale = 2)
    public BigDecimal percent;

    public LocalDate effectiveFrom;

    public LocalDate effectiveTo;

    public UUID createdBy;

    public Instant createdAt;

    @Version
    public long version;

    RateSpan span() {
        return new RateSpan(effectiveFrom, effectiveTo);
    }
}
