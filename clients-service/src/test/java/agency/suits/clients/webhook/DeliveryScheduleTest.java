package agency.suits.clients.webhook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeliveryScheduleTest {

    private final DeliverySchedule schedule = new DeliverySchedule(Duration.ofSeconds(10), Duration.ofHours(1),
            Duration.ofDays(3), 50);

    @ParameterizedTest(name = "after {0} failed tries wait {1}")
    @CsvSource({"1, PT10S", "2, PT20S", "3, PT40S", "6, PT5M20S", "9, PT42M40S", "10, PT1H", "40, PT1H"})
    void waitsDoubleUpToTheLongest(int failedAttempts, Duration wait) {
        assertEquals(wait, schedule.waitAfter(failedAttempts));
    }

    @Test
    void givesUpWhenTheNextTryWouldComeAfterTheEnd() {
        Instant queued = Instant.parse("2026-12-01T09:00:00Z");
        Instant giveUpAt = schedule.giveUpAt(queued);
        assertEquals(Instant.parse("2026-12-04T09:00:00Z"), giveUpAt);
        assertFalse(schedule.givesUp(giveUpAt, giveUpAt.minus(Duration.ofMinutes(61)), 12));
        assertTrue(schedule.givesUp(giveUpAt, giveUpAt.minus(Duration.ofMinutes(59)), 12));
        assertFalse(schedule.givesUp(giveUpAt, giveUpAt.minusSeconds(11), 1));
    }

    @Test
    void pausesAtTheConfiguredRunOfFailures() {
        assertFalse(schedule.pauses(49));
        assertTrue(schedule.pauses(50));
    }

    @Test
    void refusesASenselessSchedule() {
        assertThrows(IllegalArgumentException.class,
                () -> new DeliverySchedule(Duration.ZERO, Duration.ofHours(1), Duration.ofDays(1), 5));
        assertThrows(IllegalArgumentException.class,
                () -> new DeliverySchedule(Duration.ofHours(2), Duration.ofHours(1), Duration.ofDays(1), 5));
        assertThrows(IllegalArgumentException.class,
                () -> new DeliverySchedule(Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofDays(1), 0));
    }
}
