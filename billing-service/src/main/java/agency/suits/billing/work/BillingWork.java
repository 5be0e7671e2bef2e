package agency.suits.billing.work;

import agency.suits.billing.ApprovalLimit;
import agency.suits.billing.access.BillingPermission;
import agency.suits.domain.money.Amount;
import agency.suits.events.billing.ApprovalLevel;
import agency.suits.security.Role;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Which piece of money waits for whose approval or hand: the approval rules of estimates, change orders, payables
 * and invoices asked the other way round. Nobody is asked to approve what they created; a payable or invoice above
 * the supervisor limit of its currency waits only for directors; what is approved waits for finance to issue or
 * release it.
 */
public final class BillingWork {

    private BillingWork() {
    }

    /** A draft estimate or change order waits for a supervisor or director who did not create it. */
    public static boolean awaitsApprovalBy(BillingPermission approve, Set<Role> roles, UUID caller, UUID creator) {
        return approve.grantedTo(roles) && !Objects.equals(caller, creator);
    }

    /**
     * A draft payable or invoice waits for an approver who did not create it and whose level its amount is within.
     *
     * @param aboveLimit the permission an approval above the supervisor limit needs
     */
    public static boolean awaitsApprovalBy(BillingPermission approve, BillingPermission aboveLimit, Amount amount,
            Map<String, BigDecimal> supervisorLimits, Set<Role> roles, UUID caller, UUID creator) {
        boolean withinLevel = ApprovalLimit.levelFor(amount, supervisorLimits) == ApprovalLevel.SUPERVISOR
                || aboveLimit.grantedTo(roles);
        return withinLevel && awaitsApprovalBy(approve, roles, caller, creator);
    }

    /** An approved invoice waits for finance to issue it. */
    public static boolean awaitsIssueBy(Set<Role> roles) {
        return BillingPermission.ISSUE_INVOICES.grantedTo(roles);
    }

    /** An approved payable waits for finance to pay it out. */
    public static boolean awaitsReleaseBy(Set<Role> roles) {
        return BillingPermission.RELEASE_PAYABLES.grantedTo(roles);
    }
}
