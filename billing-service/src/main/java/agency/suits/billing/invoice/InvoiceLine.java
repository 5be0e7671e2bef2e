package agency.suits.billing.invoice;

import agency.suits.billing.tax.TaxCategory;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.math.BigDecimal;
import java.util.UUID;

@Entity
public class InvoiceLine extends PanacheEntityBase {

    /** What {@code invoice_line.description} holds. */
    static final int DESCRIPTION_LENGTH = 500;

    @Id
    public UUID id;

    @ManyToOne
    @JoinColumn(name = "invoice_id")
    public Invoice invoice;

    public int position;

    public String description;

    /** The net of the line. */
    @Column(precision = 19, scale = 4)
    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    public TaxCategory taxCategory;

    /** Null when the invoice carries no tax (no treatment recorded for the client). */
    @Column(precision = 5, scale = 2)
    public BigDecimal taxPercent;

    /** The line's share of the tax of its rate on the invoice. */
    @Column(precision = 19, scale = 4)
    public BigDecimal taxAmount;

    /** The description as the column holds it: cut at its length, the last character an ellipsis. */
    static String fitting(String description) {
        if (description.length() <= DESCRIPTION_LENGTH) {
            return description;
        }
        int end = DESCRIPTION_LENGTH - 1;
        if (Character.isHighSurrogate(description.charAt(end - 1))) {
            end--;
        }
        return description.substring(0, end) + "\u2026";
    }
}
