package agency.suits.billing.payable;

import agency.suits.billing.access.BillingPermission;
import agency.suits.domain.NotPermitted;
import agency.suits.domain.money.Amount;
import agency.suits.events.billing.ApprovalLevel;
import agency.suits.security.Role;
import agency.suits.security.SegregationOfDuties;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who approves a payable: never its creator; a role holding {@link BillingPermission#APPROVE_PAYABLES} up to the
 * supervisor limit of its currency, only one holding {@link BillingPermission#APPROVE_PAYABLES_ABOVE_LIMIT} above
 * it. A currency without a configured limit needs the latter.
 */
public final class PayableApproval {

    private PayableApproval() {
    }

    public static ApprovalLevel levelFor(Amount amount, Map<String, BigDecimal> supervisorLimits) {
        BigDecimal limit = supervisorLimits.get(amount.currency());
        return limit != null && amount.value().compareTo(limit) <= 0 ? ApprovalLevel.SUPERVISOR
                : ApprovalLevel.DIRECTOR;
    }

    /** The level the approval is given at; 403 for the creator and for an approver not senior enough. */
    public static ApprovalLevel check(Amount amount, Map<String, BigDecimal> supervisorLimits, Set<Role> roles,
                                      UUID approver, UUID creator) {
        SegregationOfDuties.requireNotCreator(approver, creator, "a payable");
        ApprovalLevel level = levelFor(amount, supervisorLimits);
        if (level == ApprovalLevel.DIRECTOR && !BillingPermission.APPROVE_PAYABLES_ABOVE_LIMIT.grantedTo(roles)) {
            BigDecimal limit = supervisorLimits.get(amount.currency());
            throw new NotPermitted("A payable of " + amount + " is above the supervisor limit"
                    + (limit == null ? " (none for " + amount.currency() + ")" : " of " + limit.toPlainString() + " "
                    + amount.currency()) + ": an account director approves it");
        }
        if (!BillingPermission.APPROVE_PAYABLES.grantedTo(roles)) {
            throw new NotPermitted(BillingPermission.APPROVE_PAYABLES.refusal());
        }
        return level;
    }
}
