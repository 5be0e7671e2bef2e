package agency.suits.billing.access;

import agency.suits.accounts.AccountAccess;
import agency.suits.security.VisibleClients;
import agency.suits.billing.budget.JobBudget;
import agency.suits.security.CurrentStaff;
import agency.suits.security.Role;
import agency.suits.domain.NotPermitted;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.RequestScoped;

import java.util.UUID;

/**
 * Who may see and move the agency's money: never the creative department; of a client's billing only its account
 * team, directors and finance (everybody else gets 404, as if it did not exist).
 */
@RequestScoped
public class BillingAccess {

    private final CurrentStaff staff;
    private final AccountAccess accounts;

    BillingAccess(CurrentStaff staff, AccountAccess accounts) {
        this.staff = staff;
        this.accounts = accounts;
    }

    /** Creatives never see money (DOMAIN.md): budgets, rates and invoices are account services' business. */
    public void requireMoneyRole() {
        if (staff.roles().isEmpty() || staff.roles().stream().allMatch(BillingAccess::isCreative)) {
            throw new NotPermitted("The creative department does not see budgets, rates or invoices");
        }
    }

    /** Only those who may approve money or set prices: supervisors, directors and finance. */
    public void requirePricing() {
        requireMoneyRole();
        if (!staff.hasAnyRole(Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_DIRECTOR, Role.FINANCE)) {
            throw new NotPermitted("Only account supervisors, directors and finance set rates");
        }
    }

    /** 404 for {@code what} of a client the caller may not see: the caller must not learn that it exists. */
    public void requireVisible(UUID clientId, String what, Object id) {
        if (!accounts.canSee(clientId)) {
            throw NotFoundProblem.of(what, id);
        }
    }

    /** 404 unless the job has a budget here and the caller may see its client. */
    public void requireVisibleJob(String jobNumber) {
        JobBudget budget = jobNumber == null ? null : JobBudget.findById(jobNumber);
        if (budget == null || !accounts.canSee(budget.clientId)) {
            throw NotFoundProblem.of("Job budget", jobNumber);
        }
    }

    public VisibleClients visible() {
        return accounts.visible();
    }

    public UUID staffId() {
        return staff.id();
    }

    public CurrentStaff staff() {
        return staff;
    }

    private static boolean isCreative(Role role) {
        return role == Role.CREATIVE || role == Role.CREATIVE_DIRECTOR;
    }
}
