package agency.suits.billing.tax;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A client's tax treatment from a date: recorded, never edited (a change is a new record from a later date), so that
 * an invoice can always be explained by the treatment of its day.
 */
@Entity
public class ClientTaxTreatment extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID clientId;

    /** ISO 3166 alpha-2: whose tax rates apply. */
    public String country;

    @Enumerated(EnumType.STRING)
    public TaxTreatment treatment;

    /** The client's VAT id; required for REVERSE_CHARGE, printed on the invoice. */
    public String vatId;

    public LocalDate effectiveFrom;

    public UUID recordedBy;

    public Instant recordedAt;
}
