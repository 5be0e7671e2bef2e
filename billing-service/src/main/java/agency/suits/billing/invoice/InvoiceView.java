package agency.suits.billing.invoice;

import agency.suits.domain.money.Amount;
import agency.suits.billing.tax.TaxCategory;
import agency.suits.billing.tax.TaxTreatment;
import agency.suits.events.billing.ApprovalLevel;
import agency.suits.events.billing.InvoiceKind;
import agency.suits.web.Identified;
import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                          @Schema(description = "The gross: net plus tax, computed by the server") MoneyJson total,
                          @Schema(description = "Sum of the lines' nets") MoneyJson net,
                          @Schema(description = "Sum of the tax of each rate") MoneyJson tax,
                          @Schema(description = "Net, tax and gross per tax rate, each rate's tax rounded once")
                          List<TaxLineView> taxes,
                          @Schema(nullable = true, description = "How the client was taxed; none when no treatment "
                                  + "was recorded for it (the invoice then carries no tax)")
                          TaxTreatment taxTreatment,
                          @Schema(nullable = true) String taxCountry,
                          @Schema(nullable = true, description = "The client's VAT id, printed on the invoice")
                          String vatId,
                          @Schema(nullable = true, description = "REVERSE_CHARGE only: what the invoice says instead "
                                  + "of charging tax")
                          String reverseChargeNote,
                          MoneyJson paid,
                          @Schema(description = "What issued credit notes took off the total") MoneyJson credited,
                          @Schema(description = "What was paid back to the client") MoneyJson refunded,
                          @Schema(description = "What is still owed: total - paid - credited + refunded, never below "
                                  + "zero") MoneyJson outstanding,
                          @Schema(description = "What the agency owes the client back: paid and credited beyond the "
                                  + "total, less refunds") MoneyJson creditBalance,
                          @Schema(nullable = true, description = "Who approved it for issue; never its drafter")
                          UUID approvedBy,
                          @Schema(nullable = true) Instant approvedAt,
                          @Schema(nullable = true, description = "SUPERVISOR up to the supervisor invoice limit of "
                                  + "its currency, DIRECTOR above it")
                          ApprovalLevel approvalLevel,
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

    /** What an invoice says of a reverse-charge supply instead of charging tax. */
    static final String REVERSE_CHARGE = "Reverse charge: VAT to be accounted for by the customer (VAT id %s)";

    @Schema(name = "InvoiceLine")
    public record LineView(int position, String description,
                           @Schema(description = "The line's net") MoneyJson amount,
                           @Schema(nullable = true) TaxCategory taxCategory,
                           @Schema(type = SchemaType.STRING, examples = "19.00", nullable = true)
                           String taxPercent,
                           @Schema(description = "The line's share of its rate's tax") MoneyJson tax) {
    }

    @Schema(name = "InvoiceTaxLine")
    public record TaxLineView(TaxCategory category,
                              @Schema(type = SchemaType.STRING, examples = "19.00") String percent,
                              MoneyJson net, MoneyJson tax, MoneyJson gross) {
    }

    public static InvoiceView of(Invoice invoice) {
        return new InvoiceView(invoice.id, invoice.number, invoice.clientId, invoice.jobNumber, invoice.kind,
                invoice.contractId, invoice.periodStart, invoice.periodEnd, invoice.status, invoice.lines.stream()
                .map(line -> new LineView(line.position, line.description,
                        MoneyJson.of(Amount.of(line.amount, invoice.currency)),
                        invoice.taxTreatment == null ? null : line.taxCategory,
                        line.taxPercent == null ? null : line.taxPercent.toPlainString(),
                        MoneyJson.of(Amount.of(line.taxAmount, invoice.currency)))).toList(),
                MoneyJson.of(invoice.totalAmount()), MoneyJson.of(invoice.netAmount()),
                MoneyJson.of(invoice.taxAmount()), taxLines(invoice), invoice.taxTreatment, invoice.taxCountry,
                invoice.vatId, invoice.taxTreatment == TaxTreatment.REVERSE_CHARGE
                        ? REVERSE_CHARGE.formatted(invoice.vatId) : null,
                MoneyJson.of(invoice.paidAmount()), MoneyJson.of(invoice.creditedAmount()),
                MoneyJson.of(invoice.refundedAmount()), MoneyJson.of(invoice.outstanding()),
                MoneyJson.of(invoice.creditBalance()), invoice.approvedBy, invoice.approvedAt,
                invoice.approvalLevel, invoice.issuedOn, invoice.dueOn, invoice.issuedBy,
                invoice.issuedAt, invoice.voidReason, invoice.voidedBy, invoice.voidedAt, invoice.createdBy,
                invoice.createdAt, invoice.status.allowedActions(), invoice.version);
    }

    /** One entry per category and rate, in the order the lines first use them. */
    private static List<TaxLineView> taxLines(Invoice invoice) {
        if (invoice.taxTreatment == null) {
            return List.of();
        }
        Map<String, Amount[]> sums = new LinkedHashMap<>();
        Map<String, InvoiceLine> firsts = new LinkedHashMap<>();
        for (InvoiceLine line : invoice.lines) {
            String key = line.taxCategory + "@" + line.taxPercent.toPlainString();
            firsts.putIfAbsent(key, line);
            Amount[] sum = sums.computeIfAbsent(key, k -> new Amount[]{Amount.zero(invoice.currency),
                    Amount.zero(invoice.currency)});
            sum[0] = sum[0].plus(Amount.of(line.amount, invoice.currency));
            sum[1] = sum[1].plus(Amount.of(line.taxAmount, invoice.currency));
        }
        List<TaxLineView> taxes = new ArrayList<>();
        sums.forEach((key, sum) -> taxes.add(new TaxLineView(firsts.get(key).taxCategory,
                firsts.get(key).taxPercent.toPlainString(), MoneyJson.of(sum[0]), MoneyJson.of(sum[1]),
                MoneyJson.of(sum[0].plus(sum[1])))));
        return taxes;
    }
}
