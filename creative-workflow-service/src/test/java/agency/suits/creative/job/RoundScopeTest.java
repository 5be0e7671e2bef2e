package agency.suits.creative.job;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each round is ruled in or out of scope when it starts, under the included rounds in force that day. */
class RoundScopeTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    private static CreativeJob including(int rounds) {
        CreativeJob job = new CreativeJob();
        job.includedRounds = rounds;
        job.startRound(1, MONDAY);
        return job;
    }

    @Test
    void aRoundBeyondTheIncludedOnesIsOutOfScopeFromItsStart() {
        CreativeJob job = including(1);
        assertFalse(job.outOfScope(1));
        assertTrue(job.startRound(2, MONDAY));
        assertTrue(job.outOfScope(2));
    }

    @Test
    void fewerIncludedRoundsLeaveTheRoundInProgressInScope() {
        CreativeJob job = including(2);
        job.startRound(2, MONDAY);
        job.includeRounds(1, MONDAY, MONDAY);
        assertFalse(job.outOfScope(2));
        assertTrue(job.startRound(3, MONDAY));
    }

    @Test
    void moreIncludedRoundsLeaveARoundAlreadyOutOfScopeOut() {
        CreativeJob job = including(1);
        job.startRound(2, MONDAY);
        job.includeRounds(3, MONDAY, MONDAY);
        assertTrue(job.outOfScope(2));
        assertFalse(job.startRound(3, MONDAY));
        assertTrue(job.startRound(4, MONDAY));
    }

    @Test
    void anAmendmentFromALaterDayRulesTheFirstRoundStartedOnThatDay() {
        CreativeJob job = including(1);
        job.includeRounds(3, MONDAY.plusDays(7), MONDAY);
        assertEquals(1, job.includedRounds);
        assertTrue(job.startRound(2, MONDAY.plusDays(6)));
        assertFalse(job.startRound(3, MONDAY.plusDays(7)));
        assertEquals(3, job.includedRounds);
        assertNull(job.nextIncludedFrom);
    }

    @Test
    void theLatestAmendmentReplacesOneStillWaitingForItsDay() {
        CreativeJob job = including(1);
        job.includeRounds(3, MONDAY.plusDays(7), MONDAY);
        job.includeRounds(2, MONDAY, MONDAY);
        assertEquals(2, job.includedRounds);
        assertNull(job.nextIncludedRounds);
        assertFalse(job.startRound(2, MONDAY.plusDays(8)));
        assertTrue(job.startRound(3, MONDAY.plusDays(8)));
    }

    @Test
    void refusesNegativeIncludedRounds() {
        assertThrows(IllegalArgumentException.class, () -> including(1).includeRounds(-1, MONDAY, MONDAY));
    }
}
