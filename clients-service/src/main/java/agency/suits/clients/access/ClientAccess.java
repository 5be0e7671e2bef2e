package agency.suits.clients.access;

import agency.suits.clients.team.TeamMembership;
import agency.suits.security.CurrentStaff;
import agency.suits.security.Permission;
import agency.suits.security.VisibleClients;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * The access check of the clients service, in the two questions of the platform's {@code AccountAccess}, over the
 * teams this service owns. May the caller's role do this at all ({@link #require(Permission)}, 403 with the reason)?
 * May they see this client (OWASP API1)? Directors, finance and admins see every client; anybody else only the
 * clients whose team they are on. Everything else answers 404, so that a caller cannot even learn that a client
 * exists.
 */
@RequestScoped
public class ClientAccess {

    @Inject CurrentStaff staff;

    /** 403 with the permission's reason unless the caller's roles hold it. */
    public void require(Permission permission) {
        staff.require(permission);
    }

    public boolean holds(Permission permission) {
        return staff.holds(permission);
    }

    public boolean canSee(UUID clientId) {
        return seesWholeBook() || TeamMembership.isOnTeam(clientId, staff.id());
    }

    /** Directors, finance and admins see every client, whatever its team. */
    public boolean seesWholeBook() {
        return staff.seesWholeBook();
    }

    /** @throws NotFoundProblem when the caller may not see the client */
    public void requireVisible(UUID clientId) {
        requireVisible(clientId, "Client", clientId);
    }

    /** 404 naming {@code what} unless the caller may see the client it belongs to. */
    public void requireVisible(UUID clientId, String what, Object id) {
        if (clientId == null || !canSee(clientId)) {
            throw NotFoundProblem.of(what, id);
        }
    }

    /** The caller's book, for lists: every client, or those whose team they are on. */
    public VisibleClients visible() {
        if (staff.seesWholeBook()) {
            return VisibleClients.everyClient();
        }
        return VisibleClients.only(TeamMembership.clientsOf(staff.id()));
    }

    /** The caller's staff id, which events and audit fields name them by. */
    public UUID staffId() {
        return staff.id();
    }
}
