package agency.suits.events.billing;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;
import agency.suits.events.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The client paid (part of) an invoice; recorded once per Idempotency-Key. {@code outstanding} is what is left
 * after this payment: zero means the invoice is paid. Subject: the invoice id.
 */
public record PaymentReceived(
        UUID paymentId,
        UUID invoiceId,
        String invoiceNumber,
        UUID clientId,
        Money amount,
        Money outstanding,
        LocalDate receivedOn,
        UUID recordedBy,
        Instant recordedAt) implements EventPayload {

    public PaymentReceived {
        Invariants.required("paymentId", paymentId, "invoiceId", invoiceId, "clientId", clientId, "amount", amount,
                "outstanding", outstanding, "receivedOn", receivedOn, "recordedBy", recordedBy,
                "recordedAt", recordedAt);
        Invariants.text(invoiceNumber, "invoiceNumber");
        if (amount.amount().signum() == 0) {
            throw new IllegalArgumentException("a payment is more than zero");
        }
        SameCurrency.check(amount, outstanding);
    }

    @Override
    public String subject() {
        return invoiceId.toString();
    }
}
