package agency.suits.billing.budget;

import agency.suits.domain.money.Amount;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BurnThresholdsTest {

    private static final Amount BUDGET = Amount.of("1000.00", "EUR");

    @Test
    void reachesEightyAtExactlyEightyPercent() {
        assertEquals(List.of(), BurnThresholds.newlyReached(BUDGET, Amount.of("799.99", "EUR"), Set.of()));
        assertEquals(List.of(80), BurnThresholds.newlyReached(BUDGET, Amount.of("800.00", "EUR"), Set.of()));
    }

    @Test
    void neverAnnouncesAThresholdTwice() {
        assertEquals(List.of(), BurnThresholdsTest.after("900.00", Set.of(80)));
        assertEquals(List.of(100), BurnThresholdsTest.after("1000.00", Set.of(80)));
        assertEquals(List.of(), BurnThresholdsTest.after("1500.00", Set.of(80, 100)));
    }

    @Test
    void oneEntryPastBothAnnouncesBoth() {
        assertEquals(List.of(80, 100), BurnThresholdsTest.after("1000.01", Set.of()));
    }

    @Test
    void aZeroBudgetHasNoBurnAlerts() {
        assertEquals(List.of(), BurnThresholds.newlyReached(Amount.zero("EUR"), Amount.of("5.00", "EUR"), Set.of()));
    }

    private static List<Integer> after(String actuals, Set<Integer> reached) {
        return BurnThresholds.newlyReached(BUDGET, Amount.of(actuals, "EUR"), reached);
    }
}
