package agency.suits.events.billing;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;
import agency.suits.events.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * A booking took a job's actuals plus committed payables over its budget. The booking was accepted; this says which
 * one crossed ({@code crossedBy}, its id and amount) and by how much the job is over. Once per crossing: bookings
 * while the job stays over announce nothing, a raise that takes it back under re-arms it. Subject: the job number.
 */
public record BudgetExceeded(
        String jobNumber,
        UUID clientId,
        Money budget,
        Money actuals,
        Money committed,
        Money overBy,
        BookingKind crossedBy,
        UUID bookingId,
        Money bookingAmount,
        Instant exceededAt) implements EventPayload {

    public BudgetExceeded {
        Invariants.jobNumber(jobNumber);
        Invariants.required("clientId", clientId, "budget", budget, "actuals", actuals, "committed", committed,
                "overBy", overBy, "crossedBy", crossedBy, "bookingId", bookingId, "bookingAmount", bookingAmount,
                "exceededAt", exceededAt);
        SameCurrency.check(budget, actuals, committed, overBy, bookingAmount);
    }

    @Override
    public String subject() {
        return jobNumber;
    }
}
