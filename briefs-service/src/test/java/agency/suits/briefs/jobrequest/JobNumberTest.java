package agency.suits.briefs.jobrequest;

import agency.suits.events.Invariants;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobNumberTest {

    @Test
    void padsTheSequenceToFourDigits() {
        assertEquals("ACME-2026-0042", new JobNumber("ACME", 2026, 42).toString());
    }

    @Test
    void growsBeyondFourDigitsAndStillMatchesTheEventsPattern() {
        String number = new JobNumber("ACME", 2026, 123_456).toString();
        assertEquals("ACME-2026-123456", number);
        assertTrue(Invariants.JOB_NUMBER.matcher(number).matches());
    }

    @Test
    void refusesASequenceBeyondSixDigits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new JobNumber("ACME", 2026, 1_000_000));
        assertTrue(e.getMessage().contains("sequence"));
    }

    @Test
    void refusesZeroAndABadClientCode() {
        assertThrows(IllegalArgumentException.class, () -> new JobNumber("ACME", 2026, 0));
        assertThrows(IllegalArgumentException.class, () -> new JobNumber("acme", 2026, 1));
    }
}
