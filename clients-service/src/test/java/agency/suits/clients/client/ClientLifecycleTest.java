package agency.suits.clients.client;

import agency.suits.domain.WrongState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static agency.suits.events.clients.ClientStatus.ACTIVE;
import static agency.suits.events.clients.ClientStatus.AT_RISK;
import static agency.suits.events.clients.ClientStatus.CHURNED;
import static agency.suits.events.clients.ClientStatus.PAUSED;
import static agency.suits.events.clients.ClientStatus.PROSPECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientLifecycleTest {

    @Test
    void aProspectIsWonOrLost() {
        assertEquals(List.of(ACTIVE, CHURNED), ClientLifecycle.allowedFrom(PROSPECT));
    }

    @Test
    void anActiveAccountCanDriftPauseOrChurn() {
        assertEquals(List.of(AT_RISK, PAUSED, CHURNED), ClientLifecycle.allowedFrom(ACTIVE));
    }

    @Test
    void anAccountAtRiskCanRecover() {
        assertTrue(ClientLifecycle.allows(AT_RISK, ACTIVE));
        assertEquals(List.of(ACTIVE, PAUSED, CHURNED), ClientLifecycle.allowedFrom(AT_RISK));
    }

    @Test
    void aPausedAccountResumesOrChurns() {
        assertEquals(List.of(ACTIVE, CHURNED), ClientLifecycle.allowedFrom(PAUSED));
    }

    @Test
    void aChurnedClientComesBackOnlyAsAProspect() {
        assertEquals(List.of(PROSPECT), ClientLifecycle.allowedFrom(CHURNED));
        assertFalse(ClientLifecycle.allows(CHURNED, ACTIVE));
    }

    @Test
    void noStatusMovesToItself() {
        for (var status : agency.suits.events.clients.ClientStatus.values()) {
            assertFalse(ClientLifecycle.allows(status, status), status.name());
        }
    }

    @Test
    void refusesAnIllegalMoveNamingTheLegalOnes() {
        WrongState refused = assertThrows(WrongState.class,
                () -> ClientLifecycle.requireAllowed(PROSPECT, PAUSED));
        assertEquals(List.of("ACTIVE", "CHURNED"), refused.allowedActions());
    }

    @Test
    void onlyActiveAndAtRiskAccountsAreActive() {
        assertTrue(ClientLifecycle.isActive(ACTIVE));
        assertTrue(ClientLifecycle.isActive(AT_RISK));
        assertFalse(ClientLifecycle.isActive(PROSPECT));
        assertFalse(ClientLifecycle.isActive(PAUSED));
        assertFalse(ClientLifecycle.isActive(CHURNED));
    }
}
