package agency.suits.clients.client;

import agency.suits.clients.team.TeamMembership;
import agency.suits.security.CurrentStaff;
import agency.suits.domain.NotPermitted;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;

import java.util.UUID;

/**
 * Object-level authorization (OWASP API1): a client whose team the caller is not on does not exist for them, unless
 * they see the whole book. Every client resource and sub-resource loads its client through here.
 */
@RequestScoped
public class ClientAccess {

    private final CurrentStaff staff;

    ClientAccess(CurrentStaff staff) {
        this.staff = staff;
    }

    public boolean canSee(UUID clientId) {
        return staff.seesWholeBook() || TeamMembership.isOnTeam(clientId, staff.id());
    }

    /** The client, or 404 when it does not exist or is outside the caller's book. */
    public Client visible(UUID clientId) {
        Client client = Client.findById(clientId);
        if (client == null || !canSee(clientId)) {
            throw NotFoundProblem.of("Client", clientId);
        }
        return client;
    }

    /**
     * The client locked for a change that publishes an event without bumping its version (team, contracts), so that
     * two such changes commit, and so publish, one after the other; 403 when the caller's role may not make it.
     */
    public Client lockedFor(UUID clientId, ClientPermission permission) {
        visible(clientId);
        require(permission);
        return Client.findById(clientId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The client for a change the caller's role must allow; 404 before 403, so the 403 reveals nothing. */
    public Client changeable(UUID clientId, ClientPermission permission) {
        Client client = visible(clientId);
        require(permission);
        return client;
    }

    public void require(ClientPermission permission) {
        if (!permission.grantedTo(staff.roles())) {
            throw new NotPermitted(permission.refusal());
        }
    }

    public UUID staffId() {
        return staff.id();
    }

    public boolean hasRole(agency.suits.security.Role role) {
        return staff.hasRole(role);
    }

    public boolean seesWholeBook() {
        return staff.seesWholeBook();
    }
}
