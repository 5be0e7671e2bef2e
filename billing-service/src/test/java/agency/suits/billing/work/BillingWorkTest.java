package agency.suits.billing.work;

import agency.suits.billing.access.BillingPermission;
import agency.suits.domain.money.Amount;
import agency.suits.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BillingWorkTest {

    private static final UUID ME = UUID.randomUUID();
    private static final Map<String, BigDecimal> LIMITS = Map.of("EUR", new BigDecimal("5000.00"));

    @ParameterizedTest(name = "{0} of {1} {2}, created by me {3}: waits {4}")
    @CsvSource({
            "ACCOUNT_SUPERVISOR, 5000.00, EUR, false, true",
            "ACCOUNT_SUPERVISOR, 5000.01, EUR, false, false",
            "ACCOUNT_DIRECTOR, 5000.01, EUR, false, true",
            "ACCOUNT_SUPERVISOR, 10.00, CHF, false, false",
            "ACCOUNT_DIRECTOR, 10.00, CHF, false, true",
            "ACCOUNT_SUPERVISOR, 100.00, EUR, true, false",
            "ACCOUNT_DIRECTOR, 100.00, EUR, true, false",
            "ACCOUNT_EXECUTIVE, 100.00, EUR, false, false",
            "FINANCE, 100.00, EUR, false, false"})
    void aPayableWaitsForApproversWithinItsLevelWhoDidNotCreateIt(Role role, String amount, String currency,
            boolean mine, boolean waits) {
        UUID creator = mine ? ME : UUID.randomUUID();
        assertEquals(waits, BillingWork.awaitsApprovalBy(BillingPermission.APPROVE_PAYABLES,
                BillingPermission.APPROVE_PAYABLES_ABOVE_LIMIT, Amount.of(amount, currency), LIMITS, Set.of(role), ME,
                creator));
    }

    @Test
    void whatTheSystemCreatedWaitsForAnyApprover() {
        assertTrue(BillingWork.awaitsApprovalBy(BillingPermission.APPROVE_CHANGE_ORDERS,
                Set.of(Role.ACCOUNT_SUPERVISOR), ME, null));
        assertFalse(BillingWork.awaitsApprovalBy(BillingPermission.APPROVE_CHANGE_ORDERS,
                Set.of(Role.ACCOUNT_SUPERVISOR), ME, ME));
    }

    @Test
    void onlyFinanceIssuesInvoicesAndReleasesPayables() {
        assertTrue(BillingWork.awaitsIssueBy(Set.of(Role.FINANCE)));
        assertTrue(BillingWork.awaitsReleaseBy(Set.of(Role.FINANCE)));
        assertFalse(BillingWork.awaitsIssueBy(Set.of(Role.ACCOUNT_DIRECTOR)));
        assertFalse(BillingWork.awaitsReleaseBy(Set.of(Role.ACCOUNT_SUPERVISOR)));
    }
}
