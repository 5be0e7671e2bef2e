package agency.suits.billing.payment;

import agency.suits.billing.invoice.InvoiceStatus;
import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Payment")
public record PaymentView(UUID id, UUID invoiceId, String invoiceNumber, MoneyJson amount,
                          @Schema(description = "What the invoice still owed right after this payment")
                          MoneyJson outstandingAfter, InvoiceStatus invoiceStatusAfter, LocalDate receivedOn,
                          UUID recordedBy, Instant recordedAt) {
}
