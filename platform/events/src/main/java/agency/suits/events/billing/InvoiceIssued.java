package agency.suits.events.billing;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;
import agency.suits.events.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An invoice went to the client. {@code jobNumber} is null for retainer invoices. Subject: the invoice id. */
public record InvoiceIssued(
        UUID invoiceId,
        String invoiceNumber,
        UUID clientId,
        String jobNumber,
        InvoiceKind kind,
        Money total,
        LocalDate issuedOn,
        LocalDate dueOn,
        UUID issuedBy,
        Instant issuedAt) implements EventPayload {

    public InvoiceIssued {
        Invariants.present(invoiceId, "invoiceId");
        Invariants.text(invoiceNumber, "invoiceNumber");
        Invariants.present(clientId, "clientId");
        Invariants.optionalJobNumber(jobNumber);
        Invariants.present(kind, "kind");
        Invariants.present(total, "total");
        Invariants.present(issuedOn, "issuedOn");
        Invariants.present(dueOn, "dueOn");
        if (dueOn.isBefore(issuedOn)) {
            throw new IllegalArgumentException("an invoice is not due before it is issued");
        }
        Invariants.present(issuedBy, "issuedBy");
        Invariants.present(issuedAt, "issuedAt");
    }

    @Override
    public String subject() {
        return invoiceId.toString();
    }
}
