package agency.suits.messaging.operations;

import agency.suits.security.Permission;
import agency.suits.security.Role;

import java.util.Set;

/** What the people who run Suits may do with a service's messaging. */
public enum OperationsPermission implements Permission {
    HANDLE_DEAD_LETTERS("Only an admin may look at and redrive dead letters", Role.ADMIN);

    private final String refusal;
    private final Set<Role> roles;

    OperationsPermission(String refusal, Role role) {
        this.refusal = refusal;
        this.roles = Set.of(role);
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
