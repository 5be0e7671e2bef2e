package agency.suits.billing.invoice;

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
 * Four eyes on client money: an invoice is issued only after someone who did not draft it approved it (what the
 * system drafted, a milestone or retainer invoice, was drafted by nobody). A supervisor approves up to the supervisor
 * invoice limit of its currency, a director above it or in a currency without a limit.
 */
public final class InvoiceApproval {

    private InvoiceApproval() {
    }

    /** The level the approval is given at; 403 for the drafter and for an approver not senior enough. */
    public static ApprovalLevel check(Amount total, Map<String, BigDecimal> supervisorLimits, Set<Role> roles,
                                      UUID approver, UUID drafter) {
        return check(total, supervisorLimits, roles, approver, drafter, "an invoice");
    }

    /** The same rule for what corrects an invoice ({@code what}: "a credit note"). */
    public static ApprovalLevel check(Amount total, Map<String, BigDecimal> supervisorLimits, Set<Role> roles,
                                      UUID approver, UUID drafter, String what) {
        SegregationOfDuties.requireNotCreator(approver, drafter, what);
        ApprovalLevel level = ApprovalLimit.require(total, supervisorLimits, roles,
                BillingPermission.APPROVE_INVOICES_ABOVE_LIMIT, what);
        if (!BillingPermission.APPROVE_INVOICES.grantedTo(roles)) {
            throw new NotPermitted(BillingPermission.APPROVE_INVOICES.refusal());
        }
        return level;
    }
}
