package agency.suits.events.billing;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;
import agency.suits.events.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An issued invoice is unpaid past its due date. Published once per overdue stage ({@code stageDays}, for example
 * 1, 30, 60); {@code daysOverdue} is the age when it was noticed. {@code jobNumber} is null for retainer invoices.
 * Subject: the invoice id.
 */
public record InvoiceOverdue(
        UUID invoiceId,
        String invoiceNumber,
        UUID clientId,
        String jobNumber,
        LocalDate dueOn,
        int stageDays,
        int daysOverdue,
        Money total,
        Money outstanding,
        Instant detectedAt) implements EventPayload {

    public InvoiceOverdue {
        Invariants.required("invoiceId", invoiceId, "clientId", clientId, "dueOn", dueOn, "total", total,
                "outstanding", outstanding, "detectedAt", detectedAt);
        Invariants.text(invoiceNumber, "invoiceNumber");
        Invariants.optionalJobNumber(jobNumber);
        Invariants.atLeast(stageDays, 1, "stageDays");
        Invariants.atLeast(daysOverdue, stageDays, "daysOverdue");
        SameCurrency.check(total, outstanding);
        if (outstanding.amount().signum() == 0 || outstanding.amount().compareTo(total.amount()) > 0) {
            throw new IllegalArgumentException("an overdue invoice has something, at most its total, outstanding");
        }
    }

    @Override
    public String subject() {
        return invoiceId.toString();
    }
}
