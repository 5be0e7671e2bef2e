package agency.suits.clients.client;

import agency.suits.domain.RuleBroken;
import agency.suits.domain.WrongState;
import agency.suits.events.clients.AccountRole;
import agency.suits.security.Role;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeamPlacementTest {

    private final UUID eve = UUID.randomUUID();

    @Test
    void everyAccountRoleFitsThePersonHoldingIt() {
        for (AccountRole role : AccountRole.values()) {
            assertTrue(TeamPlacement.fits(Role.valueOf(role.name()), role), role.name());
        }
    }

    @Test
    void aDirectorMayLeadAnAccountAsItsSupervisor() {
        assertTrue(TeamPlacement.fits(Role.ACCOUNT_DIRECTOR, AccountRole.ACCOUNT_SUPERVISOR));
        assertFalse(TeamPlacement.fits(Role.ACCOUNT_SUPERVISOR, AccountRole.ACCOUNT_DIRECTOR));
    }

    @Test
    void anExecutiveCannotTakeAnotherAccountRole() {
        for (AccountRole role : AccountRole.values()) {
            if (role != AccountRole.ACCOUNT_EXECUTIVE) {
                RuleBroken refused = assertThrows(RuleBroken.class,
                        () -> TeamPlacement.requirePlaceable(eve, Role.ACCOUNT_EXECUTIVE, true, role));
                assertTrue(refused.getMessage().contains("ACCOUNT_EXECUTIVE in the staff directory"),
                        refused.getMessage());
                assertEquals("role", refused.violations().get(0).field());
            }
        }
        assertDoesNotThrow(() -> TeamPlacement.requirePlaceable(eve, Role.ACCOUNT_EXECUTIVE, true,
                AccountRole.ACCOUNT_EXECUTIVE));
    }

    @Test
    void peopleOutsideAccountServicesHoldNoTeamRole() {
        for (Role role : new Role[] {Role.CREATIVE, Role.CREATIVE_DIRECTOR, Role.FINANCE, Role.TRAFFIC, Role.ADMIN}) {
            for (AccountRole teamRole : AccountRole.values()) {
                assertFalse(TeamPlacement.fits(role, teamRole), role + " as " + teamRole);
            }
        }
    }

    @Test
    void someoneWhoLeftCannotJoin() {
        WrongState refused = assertThrows(WrongState.class, () -> TeamPlacement.requirePlaceable(eve,
                Role.ACCOUNT_EXECUTIVE, false, AccountRole.ACCOUNT_EXECUTIVE));
        assertTrue(refused.getMessage().contains("has left the agency"), refused.getMessage());
    }

    @Test
    void theCapCountsExecutivesByTheirAgencyRole() {
        assertTrue(TeamPlacement.counted(Role.ACCOUNT_EXECUTIVE));
        assertFalse(TeamPlacement.counted(Role.ACCOUNT_PLANNER));
    }
}
