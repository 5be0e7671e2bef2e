package agency.suits.billing;

import agency.suits.domain.NotPermitted;
import agency.suits.domain.money.Amount;
import agency.suits.events.billing.ApprovalLevel;
import agency.suits.security.Permission;
import agency.suits.security.Role;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * The supervisor's limit on money to and from a client (DOMAIN.md: a supervisor approves payments up to a threshold),
 * the same for vendor payables and client invoices: up to the limit of the amount's currency a supervisor approves,
 * above it (or in a currency without a limit) only a director.
 */
public final class ApprovalLimit {

    private ApprovalLimit() {
    }

    public static ApprovalLevel levelFor(Amount amount, Map<String, BigDecimal> supervisorLimits) {
        BigDecimal limit = supervisorLimits.get(amount.currency());
        return limit != null && amount.value().compareTo(limit) <= 0 ? ApprovalLevel.SUPERVISOR
                : ApprovalLevel.DIRECTOR;
    }

    /**
     * The level {@code amount} needs; 403 when it is a director's and {@code roles} do not hold {@code aboveLimit}.
     *
     * @param what the thing as a reader names it, with its article: "a payable", "an invoice"
     */
    public static ApprovalLevel require(Amount amount, Map<String, BigDecimal> supervisorLimits, Set<Role> roles,
                                        Permission aboveLimit, String what) {
        ApprovalLevel level = levelFor(amount, supervisorLimits);
        if (level == ApprovalLevel.DIRECTOR && !aboveLimit.grantedTo(roles)) {
            BigDecimal limit = supervisorLimits.get(amount.currency());
            throw new NotPermitted(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " of " + amount
                    + " is above the supervisor limit"
                    + (limit == null ? " (none for " + amount.currency() + ")" : " of " + limit.toPlainString() + " "
                    + amount.currency()) + ": an account director approves it");
        }
        return level;
    }
}
