package agency.suits.security;

import java.util.Set;

/**
 * Something a role lets its holders do. Each service writes its permissions as one enum (its role table, readable in
 * one place); application services check them with {@link CurrentStaff#require(Permission)} before they act, so a
 * reader finds the access rule of an endpoint by searching the permission's name.
 */
public interface Permission {

    /** The roles that hold this permission. */
    Set<Role> roles();

    /** The reason a 403 gives to someone without it: who may, and what. */
    String refusal();

    default boolean grantedTo(Set<Role> held) {
        return held.stream().anyMatch(roles()::contains);
    }
}
