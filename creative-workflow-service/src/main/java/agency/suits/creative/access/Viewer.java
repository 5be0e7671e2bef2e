package agency.suits.creative.access;

import agency.suits.accounts.Accounts;
import agency.suits.security.CurrentStaff;
import agency.suits.security.Role;
import agency.suits.domain.NotPermitted;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.RequestScoped;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the caller may see and do in creative jobs. The creative department sees every job (one department) but
 * never money; account roles see the jobs of their clients; directors, finance and admins the whole book.
 */
@RequestScoped
public class Viewer {

    private static final Role[] CREATIVE_DEPARTMENT = {Role.CREATIVE, Role.CREATIVE_DIRECTOR};
    private static final Role[] SEE_MONEY = {Role.ACCOUNT_COORDINATOR, Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_PLANNER,
            Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_DIRECTOR, Role.FINANCE, Role.ADMIN};

    private final CurrentStaff staff;
    private final Accounts accounts;

    Viewer(CurrentStaff staff, Accounts accounts) {
        this.staff = staff;
        this.accounts = accounts;
    }

    public UUID id() {
        return staff.id();
    }

    public boolean hasRole(Role role) {
        return staff.hasRole(role);
    }

    /** Budgets are for account services and the back office; the creative department never sees them. */
    public boolean seesMoney() {
        return staff.hasAnyRole(SEE_MONEY);
    }

    public JobScope scope() {
        if (staff.seesWholeBook() || staff.hasAnyRole(CREATIVE_DEPARTMENT)) {
            return JobScope.everything();
        }
        return JobScope.ofClients(accounts.clientsOf(staff.id()));
    }

    /** 404 for a job the caller may not know about, as if it did not exist. */
    public void requireVisible(UUID jobId, UUID clientId) {
        if (!scope().includes(clientId)) {
            throw NotFoundProblem.of("Creative job", jobId);
        }
    }

    /** 403 naming the roles that own this step. */
    public void requireRole(String step, Role... owners) {
        if (!staff.hasAnyRole(owners)) {
            throw new NotPermitted("Only " + Arrays.stream(owners).map(Enum::name)
                    .collect(Collectors.joining(", ")) + " may " + step);
        }
    }
}
