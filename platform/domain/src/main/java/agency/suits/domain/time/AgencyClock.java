package agency.suits.domain.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The agency's "now" and "today". Today is the date where the agency works (a milestone due today is not overdue at
 * 23:00 in New York because it is already tomorrow in UTC); now is cut to microseconds, which is what PostgreSQL keeps,
 * so an instant read back from the database equals the one that was written and put in an event.
 */
public final class AgencyClock {

    private final ZoneId zone;
    private final Clock clock;

    private AgencyClock(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public static AgencyClock in(ZoneId zone) {
        return new AgencyClock(zone, Clock.system(zone));
    }

    /** A clock that reads a fixed or test clock: for rules tested on a given day. */
    public static AgencyClock reading(Clock clock) {
        return new AgencyClock(clock.getZone(), clock);
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The agency's year now: job numbers and invoice numbers count per year. */
    public int year() {
        return today().getYear();
    }

    public ZoneId zone() {
        return zone;
    }
}
