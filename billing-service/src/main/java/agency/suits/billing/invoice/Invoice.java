package agency.suits.billing.invoice;

import agency.suits.domain.money.Amount;
import agency.suits.events.billing.InvoiceKind;
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

@Entity
public class Invoice extends PanacheEntityBase {

    @Id
    public UUID id;

    public String number;

    public UUID clientId;

    public String jobNumber;

    @Enumerated(EnumType.STRING)
    public InvoiceKind kind;

    /** RETAINER invoices only: the retainer contract and the billing period billed (job number null). */
    public UUID contractId;

    public LocalDate periodStart;

    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    public InvoiceStatus status;

    public String currency;

    @Column(precision = 19, scale = 4)
    public BigDecimal total;

    @Column(precision = 19, scale = 4)
    public BigDecimal paid;

    public LocalDate issuedOn;

    public LocalDate dueOn;

    public UUID issuedBy;

    public Instant issuedAt;

    public String voidReason;

    public UUID voidedBy;

    public Instant voidedAt;

    /** Null when the system drafted it (a milestone invoice on CreativeApproved, a retainer invoice). */
    public UUID createdBy;

    public Instant createdAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    public List<InvoiceLine> lines = new ArrayList<>();

    static Invoice draft(UUID clientId, String jobNumber, InvoiceKind kind, String currency, UUID createdBy,
                         Instant createdAt) {
        Invoice invoice = new Invoice();
        invoice.id = UUID.randomUUID();
        invoice.clientId = clientId;
        invoice.jobNumber = jobNumber;
        invoice.kind = kind;
        invoice.status = InvoiceStatus.DRAFT;
        invoice.currency = currency;
        invoice.total = Amount.zero(currency).value();
        invoice.paid = invoice.total;
        invoice.createdBy = createdBy;
        invoice.createdAt = createdAt;
        return invoice;
    }

    /**
     * Adds a line; the total is always the sum of the lines, computed here and nowhere else. A description longer
     * than its column (a cost entry's vendor and description together can be) is cut short with an ellipsis.
     */
    void addLine(String description, Amount amount) {
        InvoiceLine line = new InvoiceLine();
        line.id = UUID.randomUUID();
        line.invoice = this;
        line.position = lines.size() + 1;
        line.description = InvoiceLine.fitting(description);
        line.amount = amount.value();
        lines.add(line);
        total = totalAmount().plus(amount).value();
    }

    public Amount totalAmount() {
        return Amount.of(total, currency);
    }

    public Amount paidAmount() {
        return Amount.of(paid, currency);
    }

    public Amount outstanding() {
        return status == InvoiceStatus.VOID ? Amount.zero(currency) : totalAmount().minus(paidAmount());
    }
}
