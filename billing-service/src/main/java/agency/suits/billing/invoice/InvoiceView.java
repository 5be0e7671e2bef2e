package agency.suits.billing.invoice;

import agency.suits.domain.money.Amount;
import agency.suits.events.billing.InvoiceKind;
import agency.suits.web.Identified;
import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An invoice; what happens later in its life (number, issue, void) is absent until it does. */
@Schema(name = "Invoice")
public record InvoiceView(UUID id,
                          @Schema(nullable = true,
                                  description = "Assigned when issued, without gaps: INV-<year>-<sequence>")
                          String number, UUID clientId,
                          @Schema(nullable = true, description = "None for retainer invoices, which belong to the "
                                  + "client")
                          String jobNumber,
                          InvoiceKind kind,
                          @Schema(nullable = true, description = "RETAINER only: the retainer contract")
                          UUID contractId,
                          @Schema(nullable = true, description = "RETAINER only: first day of the period billed")
                          LocalDate periodStart,
                          @Schema(nullable = true, description = "RETAINER only: last day of the period billed")
                          LocalDate periodEnd,
                          InvoiceStatus status, List<LineView> lines,
                          @Schema(description = "Sum of the lines, computed by the server") MoneyJson total,
                          MoneyJson paid, MoneyJson outstanding,
                          @Schema(nullable = true) LocalDate issuedOn,
                          @Schema(nullable = true) LocalDate dueOn,
                          @Schema(nullable = true) UUID issuedBy,
                          @Schema(nullable = true) Instant issuedAt,
                          @Schema(nullable = true) String voidReason,
                          @Schema(nullable = true) UUID voidedBy,
                          @Schema(nullable = true) Instant voidedAt,
                          @Schema(nullable = true, description = "None when drafted by the agency's own rules "
                                  + "(milestone and retainer invoices)")
                          UUID createdBy,
                          Instant createdAt, List<String> allowedActions, long version) implements Identified {

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
