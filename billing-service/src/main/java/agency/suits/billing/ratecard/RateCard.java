package agency.suits.billing.ratecard;

import agency.suits.domain.money.Amount;
import agency.suits.security.Role;
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

/** The hourly rate of a role, for one client or (client null) the agency default, over a span of dates. */
@Entity
public class RateCard extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Role role;

    public UUID clientId;

    @Column(precision = 19, scale = 4)
    public BigDecimal hourlyRate;

    public String currency;

    /** What an hour of the role costs the agency (for margins); null when not set. */
    @Column(precision = 19, scale = 4)
    public BigDecimal costRate;

    public LocalDate effectiveFrom;

    public LocalDate effectiveTo;

    public UUID createdBy;

    public Instant createdAt;

    @Version
    public long version;

    public Amount rate() {
        return Amount.of(hourlyRate, currency);
    }

    RateSpan span() {
        return new RateSpan(effectiveFrom, effectiveTo);
    }
}
