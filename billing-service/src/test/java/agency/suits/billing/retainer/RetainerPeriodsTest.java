package agency.suits.billing.retainer;

import agency.suits.billing.retainer.RetainerPeriods.Period;
import agency.suits.events.clients.BillingPeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetainerPeriodsTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void monthlyPeriodsStartedSoFar() {
        assertEquals(List.of(new Period(d("2026-01-15"), d("2026-02-14")), new Period(d("2026-02-15"), d("2026-03-14")),
                        new Period(d("2026-03-15"), d("2026-04-14"))),
                RetainerPeriods.startedBy(d("2026-01-15"), d("2026-12-31"), BillingPeriod.MONTHLY, d("2026-03-15")));
    }

    @Test
    void nothingBeforeTheContractStarts() {
        assertEquals(List.of(),
                RetainerPeriods.startedBy(d("2026-01-15"), d("2026-12-31"), BillingPeriod.MONTHLY, d("2026-01-14")));
    }

    @Test
    void quarterlyPeriodsStopAtTheContractsEndAndTheLastIsCutShort() {
        assertEquals(List.of(new Period(d("2026-01-01"), d("2026-03-31")), new Period(d("2026-04-01"), d("2026-06-30")),
                        new Period(d("2026-07-01"), d("2026-08-15"))),
                RetainerPeriods.startedBy(d("2026-01-01"), d("2026-08-15"), BillingPeriod.QUARTERLY, d("2030-01-01")));
    }

    @Test
    void aContractStartingOnTheLastDayOfAMonthKeepsBillingOnMonthEnds() {
        assertEquals(List.of(new Period(d("2026-01-31"), d("2026-02-27")), new Period(d("2026-02-28"), d("2026-03-30")),
                        new Period(d("2026-03-31"), d("2026-04-29"))),
                RetainerPeriods.startedBy(d("2026-01-31"), d("2026-12-31"), BillingPeriod.MONTHLY, d("2026-04-10")));
    }

    @Test
    void aYearOfMonthsIsTwelvePeriods() {
        List<Period> periods = RetainerPeriods.startedBy(d("2026-01-01"), d("2026-12-31"), BillingPeriod.MONTHLY,
                d("2027-06-01"));
        assertEquals(12, periods.size());
        assertEquals(new Period(d("2026-12-01"), d("2026-12-31")), periods.get(11));
    }
}
