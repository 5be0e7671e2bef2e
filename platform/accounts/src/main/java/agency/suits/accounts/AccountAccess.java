package agency.suits.accounts;

import agency.suits.security.CurrentStaff;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.RequestScoped;

import java.util.UUID;

/**
 * Object-level authorization by account team (OWASP API1): directors, finance and admins see every client; anybody
 * else only the clients whose team they are on. Everything else answers 404, so that a caller cannot even learn that
 * a client exists.
 */
@RequestScoped
public class AccountAccess {

    private final CurrentStaff staff;
    private final Accounts accounts;

    AccountAccess(CurrentStaff staff, Accounts accounts) {
        this.staff = staff;
        this.accounts = accounts;
    }

    public boolean canSee(UUID clientId) {
        return visible().includes(clientId);
    }

    /** @throws NotFoundProblem when the caller may not see the client (or it does not exist) */
    public void requireVisible(UUID clientId) {
        if (!canSee(clientId)) {
            throw NotFoundProblem.of("Client", clientId);
        }
    }

    public VisibleClients visible() {
        if (staff.seesWholeBook()) {
            return VisibleClients.everyClient();
        }
        return VisibleClients.only(accounts.clientsOf(staff.id()));
    }
}
