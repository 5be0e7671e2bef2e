package agency.suits.billing.actuals;

import agency.suits.domain.WrongState;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReversalsTest {

    private static final UUID ENTRY = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Test
    void anUnbilledEntryNeverReversedMayBeReversed() {
        assertDoesNotThrow(() -> Reversals.requireReversible("Time entry", ENTRY, null, null, null));
    }

    @Test
    void aReversalIsFinalEvenUnbilled() {
        WrongState refusal = assertThrows(WrongState.class,
                () -> Reversals.requireReversible("Cost entry", ENTRY, null, OTHER, null));
        assertEquals("Cost entry " + ENTRY + " is the reversal of " + OTHER + "; a reversal is final",
                refusal.getMessage());
    }

    @Test
    void anEntryIsReversedOnce() {
        WrongState refusal = assertThrows(WrongState.class,
                () -> Reversals.requireReversible("Time entry", ENTRY, null, null, OTHER));
        assertEquals("Time entry " + ENTRY + " was reversed already, by " + OTHER, refusal.getMessage());
    }

    @Test
    void aBilledEntryIsCorrectedOnItsInvoice() {
        WrongState refusal = assertThrows(WrongState.class,
                () -> Reversals.requireReversible("Time entry", ENTRY, OTHER, null, null));
        assertEquals("Time entry " + ENTRY + " is billed on invoice " + OTHER + ": void the invoice while it is a "
                + "draft, or correct it with a credit note once issued", refusal.getMessage());
    }
}
