package agency.suits.billing.access;

import agency.suits.security.Role;
import agency.suits.domain.NotPermitted;

import java.util.Set;
import java.util.UUID;

/**
 * Segregation of duties: money is approved by an account supervisor or director, never by the person who created
 * what is approved. A system-created item (author null) may be approved by any supervisor or director.
 */
public final class ApprovalRules {

    private ApprovalRules() {
    }

    public static void requireSupervisorApproval(Set<Role> roles, UUID approver, UUID author, String what) {
        if (!roles.contains(Role.ACCOUNT_SUPERVISOR) && !roles.contains(Role.ACCOUNT_DIRECTOR)) {
            throw new NotPermitted("Only an account supervisor or director approves " + what);
        }
        requireNotAuthor(approver, author, what);
    }

    public static void requireNotAuthor(UUID approver, UUID author, String what) {
        if (approver.equals(author)) {
            throw new NotPermitted("Nobody approves " + what + " they created themselves");
        }
    }
}
