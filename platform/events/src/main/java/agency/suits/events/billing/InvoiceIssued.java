package agency.suits.events.billing;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;
import agency.suits.events.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice went to the client; {@code total} is the gross, {@code net} plus {@code tax} (both null on events written
 * before billing carried tax). {@code jobNumber} is null for retainer invoices. Subject: the invoice id.
 */
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
        Instant issuedAt,
        Money net,
        Money tax) implements EventPayload {

    /** As issued before invoices carried tax: {@code total} is then the net, and net and tax are unknown (null). */
    public InvoiceIssued(UUID invoiceId, String invoiceNumber, UUID clientId, String jobNumber, InvoiceKind kind,
                         Money total, LocalDate issuedOn, LocalDate dueOn, UUID issuedBy, Instant issuedAt) {
        this(invoiceId, invoiceNumber, clientId, jobNumber, kind, total, issuedOn, dueOn, issuedBy, issuedAt, null,
                null);
    }

    public InvoiceIssued {
        Invariants.required("invoiceId", invoiceId, "clientId", clientId, "kind", kind, "total", total,
                "issuedOn", issuedOn, "dueOn", dueOn, "issuedBy", issuedBy, "issuedAt", issuedAt);
        Invariants.text(invoiceNumber, "invoiceNumber");
        Invariants.optionalJobNumber(jobNumber);
        if (dueOn.isBefore(issuedOn)) {
            throw new IllegalArgumentException("an invoice is not due before it is issued");
        }
    }

    @Override
    public String subject() {
        return invoiceId.toString();
    }
}
