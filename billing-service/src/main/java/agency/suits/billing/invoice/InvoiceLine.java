package agency.suits.billing.invoice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    @Column(precision = 19, scale = 4)
    public BigDecimal amount;

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
