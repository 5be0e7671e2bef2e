package agency.suits.accounts;

import agency.suits.security.CurrentStaff;
import agency.suits.security.Permission;
import agency.suits.security.VisibleClients;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The access check of briefs, creative and billing, in two questions. May the caller's role do this at all
 * ({@link #require(Permission)}, 403 with the reason)? May they see this client's things (OWASP API1)? Those who see
 * the whole book ({@link WholeBook}) see every client; anybody else only the clients whose team they are on.
 * Everything else answers 404, so that a caller cannot even learn that a client exists.
 */
@RequestScoped
public class AccountAccess {

    private final CurrentStaff staff;
    private final Accounts accounts;
    private final WholeBook wholeBook;

    AccountAccess(CurrentStaff staff, Accounts accounts, WholeBook wholeBook) {
        this.staff = staff;
        this.accounts = accounts;
        this.wholeBook = wholeBook;
    }

    /** 403 with the permission's reason unless the caller's roles hold it. */
    public void require(Permission permission) {
        staff.require(permission);
    }

    public boolean holds(Permission permission) {
        return staff.holds(permission);
    }

    public boolean canSee(UUID clientId) {
        return visible().includes(clientId);
    }

    /** @throws NotFoundProblem when the caller may not see the client (or it does not exist) */
    public void requireVisible(UUID clientId) {
        requireVisible(clientId, "Client", clientId);
    }

    /**
     * 404 naming {@code what} (an invoice, a brief) unless the caller may see the client it belongs to: the answer
     * for a thing of another team's client is the same as for one that does not exist.
     */
    public void requireVisible(UUID clientId, String what, Object id) {
        if (clientId == null || !canSee(clientId)) {
            throw NotFoundProblem.of(what, id);
        }
    }

    /**
     * The thing found, if the caller may see the client it belongs to; 404 naming it otherwise, the same answer as
     * for one that does not exist: {@code access.visible(Invoice.findByIdOptional(id), i -> i.clientId, "Invoice",
     * id)}.
     */
    public <T> T visible(Optional<T> found, Function<T, UUID> clientOf, String what, Object id) {
        T thing = found.orElseThrow(() -> NotFoundProblem.of(what, id));
        requireVisible(clientOf.apply(thing), what, id);
        return thing;
    }

    public VisibleClients visible() {
        if (wholeBook.seenBy(staff)) {
            return VisibleClients.everyClient();
        }
        return VisibleClients.only(accounts.clientsOf(staff.id()));
    }

    /** The caller's staff id, which events and audit fields name them by. */
    public UUID staffId() {
        return staff.id();
    }

    public CurrentStaff staff() {
        return staff;
    }
}
