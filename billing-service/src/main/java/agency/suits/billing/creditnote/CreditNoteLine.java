package agency.suits.billing.creditnote;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.math.BigDecimal;
import java.util.UUID;

/** One invoice line credited; a line is credited at most once (unique in the table). */
@Entity
public class CreditNoteLine extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne
    @JoinColumn(name = "credit_note_id")
    public CreditNote creditNote;

    public int position;

    public UUID invoiceLineId;

    /** Where the credited line stands on its invoice. */
    public int invoiceLinePosition;

    public String description;

    /** The net credited. */
    @Column(precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(precision = 19, scale = 4)
    public BigDecimal taxAmount;
}
