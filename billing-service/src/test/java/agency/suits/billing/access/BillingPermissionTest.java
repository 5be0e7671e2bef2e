package agency.suits.billing.access;

import agency.suits.domain.NotPermitted;
import agency.suits.security.Role;
import agency.suits.security.SegregationOfDuties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static agency.suits.billing.access.BillingPermission.APPROVE_CHANGE_ORDERS;
import static agency.suits.billing.access.BillingPermission.APPROVE_ESTIMATES;
import static agency.suits.billing.access.BillingPermission.APPROVE_INVOICES;
import static agency.suits.billing.access.BillingPermission.APPROVE_INVOICES_ABOVE_LIMIT;
import static agency.suits.billing.access.BillingPermission.APPROVE_PAYABLES;
import static agency.suits.billing.access.BillingPermission.APPROVE_PAYABLES_ABOVE_LIMIT;
import static agency.suits.billing.access.BillingPermission.DRAFT_MONEY;
import static agency.suits.billing.access.BillingPermission.ISSUE_INVOICES;
import static agency.suits.billing.access.BillingPermission.RECORD_PAYMENTS;
import static agency.suits.billing.access.BillingPermission.RELEASE_PAYABLES;
import static agency.suits.billing.access.BillingPermission.SEE_MONEY;
import static agency.suits.billing.access.BillingPermission.SEE_MARGIN;
import static agency.suits.billing.access.BillingPermission.READ_BOOK;
import static agency.suits.billing.access.BillingPermission.SET_RATES;
import static agency.suits.billing.access.BillingPermission.SET_TAX;
import static agency.suits.billing.access.BillingPermission.VOID_INVOICES;
import static agency.suits.security.Role.ACCOUNT_COORDINATOR;
import static agency.suits.security.Role.ACCOUNT_DIRECTOR;
import static agency.suits.security.Role.ACCOUNT_EXECUTIVE;
import static agency.suits.security.Role.ACCOUNT_PLANNER;
import static agency.suits.security.Role.ACCOUNT_SUPERVISOR;
import static agency.suits.security.Role.ADMIN;
import static agency.suits.security.Role.FINANCE;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Billing's role table, row by row, and the approval rules it works with (once ApprovalRulesTest). */
class BillingPermissionTest {

    private static final UUID AUTHOR = UUID.randomUUID();

    static Stream<Arguments> roleTable() {
        return Stream.of(
                Arguments.of(SEE_MONEY, EnumSet.of(ACCOUNT_COORDINATOR, ACCOUNT_EXECUTIVE, ACCOUNT_PLANNER,
                        ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR, FINANCE, ADMIN)),
                Arguments.of(SET_RATES, EnumSet.of(ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR, FINANCE)),
                Arguments.of(APPROVE_ESTIMATES, EnumSet.of(ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR)),
                Arguments.of(APPROVE_CHANGE_ORDERS, EnumSet.of(ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR)),
                Arguments.of(APPROVE_PAYABLES, EnumSet.of(ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR)),
                Arguments.of(APPROVE_PAYABLES_ABOVE_LIMIT, EnumSet.of(ACCOUNT_DIRECTOR)),
                Arguments.of(ISSUE_INVOICES, EnumSet.of(FINANCE)),
                Arguments.of(VOID_INVOICES, EnumSet.of(FINANCE, ACCOUNT_DIRECTOR)),
                Arguments.of(RECORD_PAYMENTS, EnumSet.of(FINANCE)),
                Arguments.of(RELEASE_PAYABLES, EnumSet.of(FINANCE)),
                Arguments.of(DRAFT_MONEY, EnumSet.of(ACCOUNT_EXECUTIVE, ACCOUNT_PLANNER, ACCOUNT_SUPERVISOR,
                        ACCOUNT_DIRECTOR, FINANCE, ADMIN)),
                Arguments.of(APPROVE_INVOICES, EnumSet.of(ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR)),
                Arguments.of(APPROVE_INVOICES_ABOVE_LIMIT, EnumSet.of(ACCOUNT_DIRECTOR)),
                Arguments.of(SET_TAX, EnumSet.of(FINANCE, ADMIN)),
                Arguments.of(SEE_MARGIN, EnumSet.of(ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR, FINANCE)),
                Arguments.of(READ_BOOK, EnumSet.of(ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("roleTable")
    void eachPermissionIsHeldByExactlyItsRoles(BillingPermission permission, Set<Role> holders) {
        assertEquals(holders, permission.roles());
        for (Role role : Role.values()) {
            assertEquals(holders.contains(role), permission.grantedTo(Set.of(role)), role + " " + permission);
        }
    }

    @Test
    void theTableNamesEveryPermission() {
        assertEquals(EnumSet.allOf(BillingPermission.class),
                roleTable().map(row -> (BillingPermission) row.get()[0]).collect(Collectors.toSet()));
    }

    @Test
    void moneyIsSeenByTheRolesThatSeeMoneyAndNeverByCreativeOrTraffic() {
        for (Role role : Role.values()) {
            assertEquals(role.seesMoney(), SEE_MONEY.grantedTo(Set.of(role)), role.name());
        }
        assertFalse(SEE_MONEY.grantedTo(Set.of(Role.CREATIVE, Role.CREATIVE_DIRECTOR, Role.TRAFFIC)));
        assertFalse(SEE_MONEY.grantedTo(Set.of()));
        assertEquals("The creative department does not see budgets, rates or invoices",
                SEE_MONEY.refusal());
    }

    @Test
    void aSupervisorOrDirectorOtherThanTheAuthorApproves() {
        assertTrue(APPROVE_ESTIMATES.grantedTo(Set.of(ACCOUNT_SUPERVISOR)));
        assertDoesNotThrow(() -> SegregationOfDuties.requireNotCreator(UUID.randomUUID(), AUTHOR, "an estimate"));
        assertTrue(APPROVE_CHANGE_ORDERS.grantedTo(Set.of(ACCOUNT_DIRECTOR)));
        assertDoesNotThrow(() -> SegregationOfDuties.requireNotCreator(UUID.randomUUID(), null, "a change order"));
    }

    @Test
    void theAuthorNeverApprovesNorDoTheUnderPrivileged() {
        NotPermitted own = assertThrows(NotPermitted.class,
                () -> SegregationOfDuties.requireNotCreator(AUTHOR, AUTHOR, "an estimate"));
        assertEquals("Nobody approves an estimate they created themselves", own.getMessage());
        assertFalse(APPROVE_ESTIMATES.grantedTo(Set.of(ACCOUNT_EXECUTIVE, FINANCE)));
        assertEquals("Only an account supervisor or director approves an estimate",
                APPROVE_ESTIMATES.refusal());
    }
}
