package agency.suits.billing.creditnote;

import agency.suits.domain.money.Amount;
import agency.suits.events.billing.ApprovalLevel;
import agency.suits.web.Identified;
import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "CreditNote")
public record CreditNoteView(UUID id,
                             @Schema(nullable = true, description = "Assigned when issued, without gaps, in a series "
                                     + "of its own: CN-<year>-<sequence>")
                             String number,
                             UUID invoiceId, UUID clientId, CreditNoteStatus status, String reason,
                             List<LineView> lines, MoneyJson net, MoneyJson tax,
                             @Schema(description = "The gross credited: net plus tax") MoneyJson total,
                             UUID createdBy, Instant createdAt,
                             @Schema(nullable = true) UUID approvedBy,
                             @Schema(nullable = true) Instant approvedAt,
                             @Schema(nullable = true) ApprovalLevel approvalLevel,
                             @Schema(nullable = true) LocalDate issuedOn,
                             @Schema(nullable = true) UUID issuedBy,
                             @Schema(nullable = true) Instant issuedAt,
                             List<String> allowedActions, long version) implements Identified {

    @Schema(name = "CreditNoteLine")
    public record LineView(int position, int invoiceLinePosition, String description, MoneyJson amount,
                           MoneyJson tax) {
    }

    static CreditNoteView of(CreditNote note) {
        List<LineView> lines = note.lines.stream().map(line -> new LineView(line.position, line.invoiceLinePosition,
                line.description, MoneyJson.of(Amount.of(line.amount, note.currency)),
                MoneyJson.of(Amount.of(line.taxAmount, note.currency)))).toList();
        return new CreditNoteView(note.id, note.number, note.invoiceId, note.clientId, note.status, note.reason,
                lines, MoneyJson.of(note.netAmount()), MoneyJson.of(note.taxAmount()),
                MoneyJson.of(note.totalAmount()), note.createdBy, note.createdAt, note.approvedBy, note.approvedAt,
                note.approvalLevel, note.issuedOn, note.issuedBy, note.issuedAt, note.status.allowedActions(),
                note.version);
    }
}
