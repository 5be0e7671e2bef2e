package agency.suits.clients.access;

import agency.suits.security.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientPermissionTest {

    @Test
    void supervisorsAndDirectorsRegisterClients() {
        assertTrue(ClientPermission.REGISTER_CLIENT.grantedTo(Set.of(Role.ACCOUNT_SUPERVISOR)));
        assertTrue(ClientPermission.REGISTER_CLIENT.grantedTo(Set.of(Role.ACCOUNT_DIRECTOR)));
        assertFalse(ClientPermission.REGISTER_CLIENT.grantedTo(Set.of(Role.ACCOUNT_EXECUTIVE)));
        assertFalse(ClientPermission.REGISTER_CLIENT.grantedTo(Set.of(Role.ADMIN)));
    }

    @Test
    void coordinatorsChangeNeitherTeamsNorContractsButLogActivity() {
        Set<Role> coordinator = Set.of(Role.ACCOUNT_COORDINATOR);
        assertFalse(ClientPermission.CHANGE_TEAM.grantedTo(coordinator));
        assertFalse(ClientPermission.CHANGE_CONTRACTS.grantedTo(coordinator));
        assertTrue(ClientPermission.LOG_ACTIVITY.grantedTo(coordinator));
    }

    @Test
    void financeAndAdminsReadTheWholeBookButChangeNothing() {
        for (ClientPermission permission : ClientPermission.values()) {
            assertFalse(permission.grantedTo(Set.of(Role.FINANCE, Role.ADMIN)), permission.name());
        }
    }

    @Test
    void anyOfSeveralRolesIsEnough() {
        assertTrue(ClientPermission.EDIT_CLIENT.grantedTo(Set.of(Role.FINANCE, Role.ACCOUNT_EXECUTIVE)));
    }

    @Test
    void theRefusalNamesTheRolesThatMay() {
        assertTrue(ClientPermission.CHANGE_TEAM.refusal().contains("ACCOUNT_SUPERVISOR"));
    }
}
