package agency.suits.billing.access;

import agency.suits.security.Role;
import agency.suits.domain.NotPermitted;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApprovalRulesTest {

    private static final UUID AUTHOR = UUID.randomUUID();

    @Test
    void aSupervisorOrDirectorOtherThanTheAuthorApproves() {
        assertDoesNotThrow(() -> ApprovalRules.requireSupervisorApproval(Set.of(Role.ACCOUNT_SUPERVISOR),
                UUID.randomUUID(), AUTHOR, "an estimate"));
        assertDoesNotThrow(() -> ApprovalRules.requireSupervisorApproval(Set.of(Role.ACCOUNT_DIRECTOR),
                UUID.randomUUID(), null, "a change order"));
    }

    @Test
    void theAuthorNeverApprovesNorDoTheUnderPrivileged() {
        NotPermitted own = assertThrows(NotPermitted.class, () -> ApprovalRules.requireSupervisorApproval(
                Set.of(Role.ACCOUNT_DIRECTOR), AUTHOR, AUTHOR, "an estimate"));
        assertEquals("Nobody approves an estimate they created themselves", own.getMessage());
        assertThrows(NotPermitted.class, () -> ApprovalRules.requireSupervisorApproval(
                Set.of(Role.ACCOUNT_EXECUTIVE, Role.FINANCE), UUID.randomUUID(), AUTHOR, "an estimate"));
    }
}
