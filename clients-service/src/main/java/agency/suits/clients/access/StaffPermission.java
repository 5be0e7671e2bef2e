package agency.suits.clients.access;

import agency.suits.security.Permission;
import agency.suits.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who keeps the staff directory (DOMAIN.md: admins manage it, and directors run account services). Everyone signed in
 * reads it. Apart from {@link ClientPermission} because it is the one thing in this service an admin may change, and
 * that table holds that finance and admins change nothing of a client.
 */
public enum StaffPermission implements Permission {
    MANAGE_STAFF_DIRECTORY("Only ACCOUNT_DIRECTOR and ADMIN may manage the staff directory",
            Role.ACCOUNT_DIRECTOR, Role.ADMIN);

    private final String refusal;
    private final Set<Role> roles;

    StaffPermission(String refusal, Role first, Role... others) {
        this.refusal = refusal;
        this.roles = EnumSet.of(first, others);
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    @Override
    public String refusal() {
        return refusal;
    }
}
