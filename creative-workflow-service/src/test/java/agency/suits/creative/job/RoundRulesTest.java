package agency.suits.creative.job;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoundRulesTest {

    @Test
    void roundsUpToTheIncludedOnesAreInScope() {
        assertFalse(RoundRules.outOfScope(1, 2));
        assertFalse(RoundRules.outOfScope(2, 2));
    }

    @Test
    void theRoundAfterTheIncludedOnesIsOutOfScope() {
        assertTrue(RoundRules.outOfScope(3, 2));
        assertTrue(RoundRules.outOfScope(4, 2));
    }

    @Test
    void withNoIncludedRoundsEvenTheFirstIsOutOfScope() {
        assertTrue(RoundRules.outOfScope(1, 0));
    }

    @Test
    void refusesRoundZeroAndNegativeLimits() {
        assertThrows(IllegalArgumentException.class, () -> RoundRules.outOfScope(0, 2));
        assertThrows(IllegalArgumentException.class, () -> RoundRules.outOfScope(1, -1));
    }
}
