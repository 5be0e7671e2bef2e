package agency.suits.billing.invoice;

import agency.suits.billing.MoneyColumn;
import agency.suits.domain.money.Amount;
import agency.suits.billing.tax.TaxCalculation;
import agency.suits.billing.tax.TaxCategory;
import agency.suits.billing.tax.TaxTreatment;
import agency.suits.billing.tax.Taxation;
import agency.suits.events.billing.ApprovalLevel;
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
import java.util.Optional;
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

    /** The gross: net plus tax. */
    @Column(precision = 19, scale = 4)
    public BigDecimal total;

    @Column(precision = 19, scale = 4)
    public BigDecimal net;

    @Column(precision = 19, scale = 4)
    public BigDecimal tax;

    /** How the client was taxed when it was drafted; null when no treatment was recorded (no tax). */
    @Enumerated(EnumType.STRING)
    public TaxTreatment taxTreatment;

    public String taxCountry;

    public String vatId;

    @Column(precision = 19, scale = 4)
    public BigDecimal paid;

    /** What issued credit notes took off the invoice. */
    @Column(precision = 19, scale = 4)
    public BigDecimal credited;

    /** What was paid back to the client of the credit balance. */
    @Column(precision = 19, scale = 4)
    public BigDecimal refunded;

    public LocalDate issuedOn;

    public LocalDate dueOn;

    /** Who approved it before it was issued (never its drafter), when, and at which level of the limit. */
    public UUID approvedBy;

    public Instant approvedAt;

    @Enumerated(EnumType.STRING)
    public ApprovalLevel approvalLevel;

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
        invoice.net = invoice.total;
        invoice.tax = invoice.total;
        invoice.paid = invoice.total;
        invoice.credited = invoice.total;
        invoice.refunded = invoice.total;
        invoice.createdBy = createdBy;
        invoice.createdAt = createdAt;
        return invoice;
    }

    /**
     * Adds a line; the total is always the sum of the lines, computed here and nowhere else. A description longer
     * than its column (a cost entry's vendor and description together can be) is cut short with an ellipsis.
     */
    void addLine(String description, Amount amount) {
        addLine(description, amount, TaxCategory.STANDARD);
    }

    /** A line of work taxed at its own category (the client's treatment may override it, see {@link #tax}). */
    void addLine(String description, Amount amount, TaxCategory category) {
        InvoiceLine line = new InvoiceLine();
        line.id = UUID.randomUUID();
        line.invoice = this;
        line.position = lines.size() + 1;
        line.description = InvoiceLine.fitting(description);
        line.amount = amount.value();
        line.taxCategory = category;
        line.taxAmount = Amount.zero(currency).value();
        lines.add(line);
        net = MoneyColumn.require(netAmount().plus(amount), "the invoice's net").value();
        total = MoneyColumn.require(netAmount().plus(taxAmount()), "the invoice's total").value();
    }

    /**
     * Taxes every line as the client's treatment says, once all lines are added ({@link TaxCalculation}: one rounding
     * per rate). Without a recorded treatment the lines carry no tax and the gross is the net.
     */
    void tax(Optional<Taxation> taxation) {
        if (taxation.isEmpty()) {
            return;
        }
        Taxation how = taxation.get();
        taxTreatment = how.treatment();
        taxCountry = how.country();
        vatId = how.vatId();
        List<TaxCalculation.Line> taxed = new ArrayList<>();
        for (InvoiceLine line : lines) {
            line.taxCategory = how.treatment().categoryOf(line.taxCategory);
            line.taxPercent = how.percentOf(line.taxCategory);
            taxed.add(new TaxCalculation.Line(Amount.of(line.amount, currency), line.taxPercent));
        }
        List<Amount> taxes = TaxCalculation.taxes(taxed);
        Amount sum = Amount.zero(currency);
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).taxAmount = taxes.get(i).value();
            sum = sum.plus(taxes.get(i));
        }
        tax = sum.value();
        total = MoneyColumn.require(netAmount().plus(sum), "the invoice's total").value();
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

    public Amount paidAmount() {
        return Amount.of(paid, currency);
    }

    public Amount creditedAmount() {
        return Amount.of(credited, currency);
    }

    public Amount refundedAmount() {
        return Amount.of(refunded, currency);
    }

    /** What payments may still settle: the total less credit notes, as refunds put back what they paid out. */
    public Amount payable() {
        return totalAmount().minus(creditedAmount()).plus(refundedAmount());
    }

    /** Never below zero: what was paid and credited beyond the total is the {@link #creditBalance()}. */
    public Amount outstanding() {
        Amount owed = payable().minus(paidAmount());
        return status == InvoiceStatus.VOID || owed.isNegative() ? Amount.zero(currency) : owed;
    }

    /** What the agency owes the client back on this invoice: paid and credited beyond the total, less refunds. */
    public Amount creditBalance() {
        Amount balance = paidAmount().minus(payable());
        return balance.isNegative() ? Amount.zero(currency) : balance;
    }
}
