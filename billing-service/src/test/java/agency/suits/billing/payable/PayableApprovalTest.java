package agency.suits.billing.payable;

import agency.suits.domain.money.Amount;
import agency.suits.events.billing.ApprovalLevel;
import agency.suits.security.Role;
import agency.suits.domain.NotPermitted;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PayableApprovalTest {

    private static final Map<String, BigDecimal> LIMITS = Map.of("EUR", new BigDecimal("5000.00"));

    @Test
    void theLimitItselfIsStillASupervisorsToApprove() {
        assertEquals(ApprovalLevel.SUPERVISOR, PayableApproval.levelFor(Amount.of("5000.00", "EUR"), LIMITS));
        assertEquals(ApprovalLevel.DIRECTOR, PayableApproval.levelFor(Amount.of("5000.01", "EUR"), LIMITS));
        assertEquals(ApprovalLevel.DIRECTOR, PayableApproval.levelFor(Amount.of("1", "JPY"), LIMITS));
    }

    @Test
    void aDirectorApprovesBelowTheLimitTooButNeverTheirOwn() {
        UUID director = UUID.randomUUID();
        assertEquals(ApprovalLevel.SUPERVISOR, PayableApproval.check(Amount.of("10.00", "EUR"), LIMITS,
                Set.of(Role.ACCOUNT_DIRECTOR), director, UUID.randomUUID()));
        assertThrows(NotPermitted.class, () -> PayableApproval.check(Amount.of("10.00", "EUR"), LIMITS,
                Set.of(Role.ACCOUNT_DIRECTOR), director, director));
        assertThrows(NotPermitted.class, () -> PayableApproval.check(Amount.of("10.00", "EUR"), LIMITS,
                Set.of(Role.FINANCE), UUID.randomUUID(), director));
    }
}
