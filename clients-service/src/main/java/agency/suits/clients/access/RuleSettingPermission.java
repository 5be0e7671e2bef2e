package agency.suits.clients.access;

import agency.suits.security.Permission;
import agency.suits.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who keeps the agency's rule settings (DOMAIN.md: admins manage the configuration). Directors and finance read them,
 * because the cap, the at-risk line and the payment terms shape their work.
 */
public enum RuleSettingPermission implements Permission {
    READ_RULE_SETTINGS("Only ADMIN, ACCOUNT_DIRECTOR and FINANCE may read the rule settings",
            Role.ADMIN, Role.ACCOUNT_DIRECTOR, Role.FINANCE),
    CHANGE_RULE_SETTINGS("Only ADMIN may change the rule settings", Role.ADMIN);

    private final String refusal;
    private final Set<Role> roles;

    RuleSettingPermission(String refusal, Role first, Role... others) {
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
