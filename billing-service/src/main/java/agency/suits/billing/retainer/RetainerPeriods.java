package agency.suits.billing.retainer;

import agency.suits.events.clients.BillingPeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The billing periods of a retainer contract. Period n starts n months (or quarters) after the contract's start,
 * counted from the start each time so a contract starting on the 31st keeps billing on month ends rather than
 * drifting to the 28th. A period ends the day before the next starts, or on the contract's last day ({@code endsOn}
 * is inclusive: clients-service starts a renewal the day after), whichever is first.
 */
public final class RetainerPeriods {

    private RetainerPeriods() {
    }

    public record Period(LocalDate start, LocalDate end) {
    }

    /** Every period that has started by {@code today} and starts within the contract, in order. */
    public static List<Period> startedBy(LocalDate startsOn, LocalDate endsOn, BillingPeriod billing, LocalDate today) {
        int months = monthsOf(billing);
        List<Period> periods = new ArrayList<>();
        for (int n = 0; ; n++) {
            LocalDate start = startsOn.plusMonths((long) n * months);
            if (start.isAfter(today) || start.isAfter(endsOn)) {
                return periods;
            }
            LocalDate next = startsOn.plusMonths((long) (n + 1) * months);
            LocalDate end = next.minusDays(1).isAfter(endsOn) ? endsOn : next.minusDays(1);
            periods.add(new Period(start, end));
        }
    }

    static int monthsOf(BillingPeriod billing) {
        return switch (billing) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
        };
    }
}
