package agency.suits.billing.ratecard;

import agency.suits.domain.money.Amount;
import agency.suits.security.Role;
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

/** The hourly rate of a role, for one client or (client null) the agency default, over a span of dates. */
@Entity
@Table(name = "rate_card")
public class RateCard extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "hourly_rate", precision = 19, scale = 4)
    public BigDecimal hourlyRate;

    public String currency;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
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
