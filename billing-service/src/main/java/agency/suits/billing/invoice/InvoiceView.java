package agency.suits.billing.invoice;

import agency.suits.domain.money.Amount;
import agency.suits.events.billing.InvoiceKind;
import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Invoice")
public record InvoiceView(UUID id,
                          @Schema(description = "Assigned when issued, without gaps: INV-<year>-<sequence>")
                          String number, UUID clientId,
                          @Schema(description = "Null for retainer invoices, which belong to the client")
                          String jobNumber,
                          InvoiceKind kind,
                          @Schema(description = "RETAINER only: the retainer contract") UUID contractId,
                          @Schema(description = "RETAINER only: first day of the period billed") LocalDate periodStart,
                          @Schema(description = "RETAINER only: last day of the period billed") LocalDate periodEnd,
                          InvoiceStatus status, List<LineView> lines,
                          @Schema(description = "Sum of the lines, computed by the server") MoneyJson total,
                          MoneyJson paid, MoneyJson outstanding, LocalDate issuedOn, LocalDate dueOn,
                          UUID issuedBy, Instant issuedAt, String voidReason, UUID voidedBy, Instant voidedAt,
                          UUID createdBy, Instant createdAt, List<String> allowedActions, long version) {

    @Schema(name = "InvoiceLine")
    public record LineView(int position, String description, MoneyJson amount) {
    }

    public static InvoiceView of(Invoice invoice) {
        return new InvoiceView(invoice.id, invoice.number, invoice.clientId, invoice.jobNumber, invoice.kind,
                invoice.contractId, invoice.periodStart, invoice.periodEnd, invoice.status, invoice.lines.stream()
                .map(line -> new LineView(line.position, line.description,
                        MoneyJson.of(Amount.of(line.amount, invoice.currency)))).toList(),
                MoneyJson.of(invoice.totalAmount()), MoneyJson.of(invoice.paidAmount()),
                MoneyJson.of(invoice.outstanding()), invoice.issuedOn, invoice.dueOn, invoice.issuedBy,
                invoice.issuedAt, invoice.voidReason, invoice.voidedBy, invoice.voidedAt, invoice.createdBy,
                invoice.createdAt, invoice.status.allowedActions(), invoice.version);
    }
}
