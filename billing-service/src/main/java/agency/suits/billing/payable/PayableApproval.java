package agency.suits.billing.payable;

import agency.suits.billing.access.ApprovalRules;
import agency.suits.domain.money.Amount;
import agency.suits.events.billing.ApprovalLevel;
import agency.suits.security.Role;
import agency.suits.domain.NotPermitted;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who approves a payable: never its creator; a supervisor (or director) up to the supervisor limit of its currency,
 * only a director above it. A currency without a configured limit needs a director.
 */
public final class PayableApproval {

    private PayableApproval() {
    }

    public static ApprovalLevel levelFor(Amount amount, Map<String, BigDecimal> supervisorLimits) {
        BigDecimal limit = supervisorLimits.get(amount.currency());
        return limit != null && amount.value().compareTo(limit) <= 0 ? ApprovalLevel.SUPERVISOR : ApprovalLevel.DIRECTOR;
    }

    public static ApprovalLevel check(Amount amount, Map<String, BigDecimal> supervisorLimits, Set<Role> roles,
                                      UUID approver, UUID creator) {
        ApprovalRules.requireNotAuthor(approver, creator, "a payable");
        ApprovalLevel level = levelFor(amount, supervisorLimits);
        boolean director = roles.contains(Role.ACCOUNT_DIRECTOR);
        if (level == ApprovalLevel.DIRECTOR && !director) {
            BigDecimal limit = supervisorLimits.get(amount.currency());
            throw new NotPermitted("A payable of " + amount + " is above the supervisor limit"
                    + (limit == null ? " (none for " + amount.currency() + ")" : " of " + limit.toPlainString() + " "
                    + amount.currency()) + ": an account director approves it");
        }
        if (!director && !roles.contains(Role.ACCOUNT_SUPERVISOR)) {
            throw new NotPermitted("Only an account supervisor or director approves a payable");
        }
        return level;
    }
}
