package agency.suits.briefs.brief;

import agency.suits.security.Role;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Segregation of duties: a brief is approved by a supervisor or director who wrote none of its versions.
 * Answers the reason for a refusal, or empty when the approval may go ahead.
 */
public final class ApprovalRule {

    private ApprovalRule() {
    }

    public static Optional<String> refusal(UUID approver, Set<Role> roles, Set<UUID> authors) {
        if (!roles.contains(Role.ACCOUNT_SUPERVISOR) && !roles.contains(Role.ACCOUNT_DIRECTOR)) {
            return Optional.of("Only an account supervisor or director approves briefs");
        }
        if (authors.contains(approver)) {
            return Optional.of("You wrote part of this brief; someone who did not write it must approve it");
        }
        return Optional.empty();
    }
}
