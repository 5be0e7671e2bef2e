package agency.suits.billing.actuals;

import agency.suits.domain.money.Amount;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A vendor cost incurred for a job (print, stock, production), booked once as an actual. */
@Entity
@Table(name = "cost_entry")
public class CostEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "job_number")
    public String jobNumber;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "vendor_name")
    public String vendorName;

    public String description;

    @Column(precision = 19, scale = 4)
    public BigDecimal amount;

    public String currency;

    @Column(name = "incurred_on")
    public LocalDate incurredOn;

    @Column(name = "recorded_by")
    public UUID recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The time-and-materials invoice that bills this entry; null until billed. */
    @Column(name = "invoice_id")
    public UUID invoiceId;

    public Amount value() {
        return Amount.of(amount, currency);
    }
}
