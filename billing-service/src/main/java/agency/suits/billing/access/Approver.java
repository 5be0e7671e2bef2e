package agency.suits.billing.access;

import agency.suits.security.CurrentStaff;
import agency.suits.security.Role;
import agency.suits.domain.NotPermitted;

/** Role rules for moving money, stated once so resources and tests read the same words. */
public final class Approver {

    private Approver() {
    }

    public static void requireFinance(CurrentStaff staff, String action) {
        if (!staff.hasRole(Role.FINANCE)) {
            throw new NotPermitted("Only finance may " + action);
        }
    }

    public static void requireFinanceOrDirector(CurrentStaff staff, String action) {
        if (!staff.hasAnyRole(Role.FINANCE, Role.ACCOUNT_DIRECTOR)) {
            throw new NotPermitted("Only finance or an account director may " + action);
        }
    }
}
