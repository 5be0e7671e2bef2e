package agency.suits.clients.access;

import agency.suits.security.Permission;
import agency.suits.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who connects the agency's other systems (DOMAIN.md: admins run the system). A subscription can receive every
 * event of every client, so it is an admin's alone, not an account director's.
 */
public enum WebhookPermission implements Permission {
    MANAGE_WEBHOOKS("Only ADMIN may manage webhook subscriptions and their deliveries", Role.ADMIN);

    private final String refusal;
    private final Set<Role> roles;

    WebhookPermission(String refusal, Role first, Role... others) {
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
