package agency.suits.security;

import agency.suits.domain.NotPermitted;
import io.quarkus.security.UnauthorizedException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurrentStaffTest {

    @Test
    void readsAgencyRolesFromTheGroups() {
        UUID alice = UUID.randomUUID();
        CurrentStaff staff = new CurrentStaff(alice.toString(), List.of("ACCOUNT_EXECUTIVE", "ACCOUNT_PLANNER"));

        assertEquals(alice, staff.id());
        assertEquals(Set.of(Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_PLANNER), staff.roles());
    }

    @Test
    void refusesSubjectThatIsNotAStaffId() {
        CurrentStaff staff = new CurrentStaff("service-account-reporting", List.of("FINANCE"));

        NotPermitted refused = assertThrows(NotPermitted.class, staff::id);
        assertTrue(refused.getMessage().contains("service-account-reporting"), refused.getMessage());
    }

    @Test
    void ignoresGroupsThatAreNotAgencyRoles() {
        CurrentStaff staff = new CurrentStaff("bob", List.of("offline_access", "FINANCE", "uma_authorization"));

        assertEquals(Set.of(Role.FINANCE), staff.roles());
    }

    @Test
    void matchesRoleNamesExactly() {
        CurrentStaff staff = new CurrentStaff("carol", List.of("finance", "Account_Director", " ADMIN"));

        assertTrue(staff.roles().isEmpty());
    }

    @Test
    void hasNoRolesWithoutGroups() {
        assertTrue(new CurrentStaff("dave", null).roles().isEmpty());
        assertTrue(new CurrentStaff("dave", List.of()).roles().isEmpty());
    }

    @Test
    void answersWhetherItHoldsAnyOfSeveralRoles() {
        CurrentStaff supervisor = new CurrentStaff("erin", List.of("ACCOUNT_SUPERVISOR"));

        assertTrue(supervisor.hasAnyRole(Role.ACCOUNT_DIRECTOR, Role.ACCOUNT_SUPERVISOR));
        assertFalse(supervisor.hasAnyRole(Role.ACCOUNT_DIRECTOR, Role.FINANCE));
        assertFalse(supervisor.hasAnyRole());
        assertTrue(supervisor.hasRole(Role.ACCOUNT_SUPERVISOR));
    }

    @Test
    void letsDirectorsFinanceAndAdminsSeeTheWholeBook() {
        for (Role role : Set.of(Role.ACCOUNT_DIRECTOR, Role.FINANCE, Role.ADMIN)) {
            assertTrue(new CurrentStaff("x", List.of(role.name())).seesWholeBook(), role.name());
        }
    }

    @Test
    void keepsEveryoneElseToTheirOwnAccounts() {
        for (Role role : Set.of(Role.ACCOUNT_COORDINATOR, Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_PLANNER,
                Role.ACCOUNT_SUPERVISOR, Role.CREATIVE_DIRECTOR, Role.CREATIVE, Role.TRAFFIC)) {
            assertFalse(new CurrentStaff("x", List.of(role.name())).seesWholeBook(), role.name());
        }
    }

    @Test
    void seesTheWholeBookWhenAnyOfItsRolesDoes() {
        assertTrue(new CurrentStaff("x", List.of("ACCOUNT_EXECUTIVE", "ADMIN")).seesWholeBook());
    }

    @Test
    void refusesToNameAnAnonymousCaller() {
        CurrentStaff anonymous = new CurrentStaff(null, List.of());

        assertThrows(UnauthorizedException.class, anonymous::id);
    }

    @Test
    void exposesRolesReadOnly() {
        CurrentStaff staff = new CurrentStaff("x", List.of("ADMIN"));

        assertThrows(UnsupportedOperationException.class, () -> staff.roles().add(Role.FINANCE));
    }
}
