package agency.suits.domain.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgencyClockTest {

    private static final Instant LATE_EVENING_IN_NEW_YORK = Instant.parse("2026-03-10T03:30:00.123456789Z");

    @Test
    void todayIsTheDateWhereTheAgencyWorks() {
        AgencyClock newYork = AgencyClock.reading(Clock.fixed(LATE_EVENING_IN_NEW_YORK, ZoneId.of("America/New_York")));
        AgencyClock london = AgencyClock.reading(Clock.fixed(LATE_EVENING_IN_NEW_YORK, ZoneId.of("Europe/London")));

        assertEquals(LocalDate.of(2026, 3, 9), newYork.today());
        assertEquals(LocalDate.of(2026, 3, 10), london.today());
    }

    @Test
    void nowKeepsWhatPostgresKeeps() {
        AgencyClock clock = AgencyClock.reading(Clock.fixed(LATE_EVENING_IN_NEW_YORK, ZoneId.of("UTC")));

        assertEquals(Instant.parse("2026-03-10T03:30:00.123456Z"), clock.now());
    }

    @Test
    void theYearFollowsTheAgencysDate() {
        Instant newYearInLondon = Instant.parse("2027-01-01T00:30:00Z");

        assertEquals(2026, AgencyClock.reading(Clock.fixed(newYearInLondon, ZoneId.of("America/New_York"))).year());
        assertEquals(2027, AgencyClock.reading(Clock.fixed(newYearInLondon, ZoneId.of("Europe/London"))).year());
    }
}
