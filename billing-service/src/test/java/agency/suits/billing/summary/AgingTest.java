package agency.suits.billing.summary;

import agency.suits.domain.money.Amount;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void bucketsByDaysSinceIssue() {
        assertEquals("0-30", Aging.bucketOf(TODAY.minusDays(30), TODAY));
        assertEquals("31-60", Aging.bucketOf(TODAY.minusDays(31), TODAY));
        assertEquals("61-90", Aging.bucketOf(TODAY.minusDays(90), TODAY));
        assertEquals("90+", Aging.bucketOf(TODAY.minusDays(91), TODAY));
    }

    @Test
    void addsToTheCent() {
        Aging aging = new Aging("EUR");
        aging.add(TODAY.minusDays(3), TODAY, Amount.of("0.10", "EUR"));
        aging.add(TODAY.minusDays(4), TODAY, Amount.of("0.20", "EUR"));
        aging.add(TODAY.minusDays(100), TODAY, Amount.of("1000.01", "EUR"));
        assertEquals(Amount.of("0.30", "EUR"), aging.buckets().get("0-30"));
        assertEquals(Amount.of("1000.31", "EUR"), aging.total());
    }
}
