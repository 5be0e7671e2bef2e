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
                          UUID recordedBy, Instant recordedAt,
                          @Schema(nullable = true, description = "PAYMENT (money in) or REFUND (money back out); "
                                  + "none on answers stored before refunds existed")
                          PaymentKind kind,
                          @Schema(nullable = true, description = "What the agency owed the client back on the "
                                  + "invoice right after this")
                          MoneyJson creditBalanceAfter) {
}
