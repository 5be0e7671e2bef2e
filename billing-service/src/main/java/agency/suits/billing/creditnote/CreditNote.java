package agency.suits.billing.creditnote;

import agency.suits.domain.money.Amount;
import agency.suits.events.billing.ApprovalLevel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Corrects an issued invoice by crediting some or all of its lines, each at its net and its share of the tax as the
 * invoice carried them, so a whole credit note is the invoice's exact mirror. Never deleted, never voided.
 */
@Entity
public class CreditNote extends PanacheEntityBase {

    @Id
    public UUID id;

    public String number;

    public UUID invoiceId;

    public UUID clientId;

    @Enumerated(EnumType.STRING)
    public CreditNoteStatus status;

    public String currency;

    @Column(precision = 19, scale = 4)
    public BigDecimal net;

    @Column(precision = 19, scale = 4)
    public BigDecimal tax;

    /** The gross credited: net plus tax. */
    @Column(precision = 19, scale = 4)
    public BigDecimal total;

    public String reason;

    public UUID createdBy;

    public Instant createdAt;

    public UUID approvedBy;

    public Instant approvedAt;

    @Enumerated(EnumType.STRING)
    public ApprovalLevel approvalLevel;

    public LocalDate issuedOn;

    public UUID issuedBy;

    public Instant issuedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "creditNote", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    public List<CreditNoteLine> lines = new ArrayList<>();

    void credit(UUID invoiceLineId, int invoiceLinePosition, String description, Amount net, Amount tax) {
        CreditNoteLine line = new CreditNoteLine();
        line.id = UUID.randomUUID();
        line.creditNote = this;
        line.position = lines.size() + 1;
        line.invoiceLineId = invoiceLineId;
        line.invoiceLinePosition = invoiceLinePosition;
        line.description = description;
        line.amount = net.value();
        line.taxAmount = tax.value();
        lines.add(line);
        this.net = netAmount().plus(net).value();
        this.tax = taxAmount().plus(tax).value();
        this.total = netAmount().plus(taxAmount()).value();
    }

    public Amount netAmount() {
        return Amount.of(net, currency);
    }

    public Amount taxAmount() {
        return Amount.of(tax, currency);
    }

    public Amount totalAmount() {
        return Amount.of(total, currency);
    }
}
