package agency.suits.billing.payable;

import agency.suits.billing.ApprovalLimit;
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
        return ApprovalLimit.levelFor(amount, supervisorLimits);
    }

    /** The level the approval is given at; 403 for the creator and for an approver not senior enough. */
    public static ApprovalLevel check(Amount amount, Map<String, BigDecimal> supervisorLimits, Set<Role> roles,
                                      UUID approver, UUID creator) {
        SegregationOfDuties.requireNotCreator(approver, creator, "a payable");
        ApprovalLevel level = ApprovalLimit.require(amount, supervisorLimits, roles,
                BillingPermission.APPROVE_PAYABLES_ABOVE_LIMIT, "a payable");
        if (!BillingPermission.APPROVE_PAYABLES.grantedTo(roles)) {
            throw new NotPermitted(BillingPermission.APPROVE_PAYABLES.refusal());
        }
        return level;
    }
}
