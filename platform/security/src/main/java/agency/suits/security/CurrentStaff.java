package agency.suits.security;

import agency.suits.domain.NotPermitted;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The staff member calling the API: the token's subject and the agency roles in its {@code groups} claim. Group names
 * that are not agency roles (an identity provider's own groups) are ignored rather than failing the request.
 */
@RequestScoped
public class CurrentStaff {

    private final String staffId;
    private final Set<Role> roles;

    /** For the CDI client proxy only. */
    protected CurrentStaff() {
        this.staffId = null;
        this.roles = Set.of();
    }

    @Inject
    CurrentStaff(SecurityIdentity identity) {
        this(identity.isAnonymous() ? null : staffIdOf(identity.getPrincipal()), identity.getRoles());
    }

    CurrentStaff(String staffId, Collection<String> groups) {
        this.staffId = staffId;
        this.roles = Collections.unmodifiableSet(rolesOf(groups));
    }

    /**
     * The staff id: the token's subject, which must be a UUID (Keycloak's default; configure other identity providers
     * to issue the staff id as {@code sub}). Events name staff by this id. 401 without an identity (which the /api
     * policy already prevents), 403 when the subject is not a UUID: the caller is not a Suits staff member.
     */
    public UUID id() {
        if (staffId == null) {
            throw new UnauthorizedException("No staff member is signed in");
        }
        try {
            return UUID.fromString(staffId);
        } catch (IllegalArgumentException e) {
            throw new NotPermitted("The token's subject '" + staffId + "' is not a Suits staff id (a UUID)");
        }
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    /** 403 with the permission's reason unless one of the caller's roles holds it. */
    public void require(Permission permission) {
        if (!permission.grantedTo(roles)) {
            throw new NotPermitted(permission.refusal());
        }
    }

    public boolean holds(Permission permission) {
        return permission.grantedTo(roles);
    }

    /** Whether the caller sees money at all ({@link Role#seesMoney()}). */
    public boolean seesMoney() {
        return roles.stream().anyMatch(Role::seesMoney);
    }

    /** Directors, finance and admins see every client; everybody else only the accounts whose team they are on. */
    public boolean seesWholeBook() {
        return roles.stream().anyMatch(Role::seesWholeBook);
    }

    private static String staffIdOf(Principal principal) {
        // the subject, not the principal name: smallrye-jwt names the principal after upn or preferred_username
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return principal.getName();
    }

    private static Set<Role> rolesOf(Collection<String> groups) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        if (groups == null) {
            return parsed;
        }
        for (String group : groups) {
            for (Role role : Role.values()) {
                if (role.name().equals(group)) {
                    parsed.add(role);
                }
            }
        }
        return parsed;
    }
}
