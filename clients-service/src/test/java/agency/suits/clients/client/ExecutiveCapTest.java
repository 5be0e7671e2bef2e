package agency.suits.clients.client;

import agency.suits.domain.WrongState;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecutiveCapTest {

    private final UUID eve = UUID.randomUUID();

    @Test
    void letsAnExecutiveTakeAccountsUpToTheCap() {
        assertDoesNotThrow(() -> new ExecutiveCap(3).requireRoomFor(eve, 2));
    }

    @Test
    void refusesTheAccountBeyondTheCapWithTheReason() {
        WrongState refused = assertThrows(WrongState.class, () -> new ExecutiveCap(3).requireRoomFor(eve, 3));
        assertTrue(refused.getMessage().contains("already on 3 active accounts"), refused.getMessage());
        assertTrue(refused.getMessage().contains("cap is 3"), refused.getMessage());
    }

    @Test
    void aCapBelowOneIsAConfigurationMistake() {
        assertThrows(IllegalArgumentException.class, () -> new ExecutiveCap(0));
    }
}
