package agency.suits.billing.access;

import agency.suits.security.Permission;
import agency.suits.security.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static agency.suits.security.Role.ACCOUNT_DIRECTOR;
import static agency.suits.security.Role.ACCOUNT_SUPERVISOR;
import static agency.suits.security.Role.FINANCE;

/**
 * Billing's role table (DOMAIN.md): who sees money at all, who prices, approves, issues, voids, records and
 * releases it. Seeing a client's billing is a second question ({@code AccountAccess}): a client outside the
 * caller's book answers 404 whatever the role. Nobody approves what they created themselves
 * ({@code SegregationOfDuties}), and a payable above the supervisor limit of its currency needs
 * {@link #APPROVE_PAYABLES_ABOVE_LIMIT}.
 */
public enum BillingPermission implements Permission {

    /** Budgets, rates, estimates, invoices: account services, finance and admins, never creative or traffic. */
    SEE_MONEY(rolesThatSeeMoney(), "The creative department does not see budgets, rates or invoices"),
    SET_RATES(EnumSet.of(ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR, FINANCE),
            "Only account supervisors, directors and finance set rates"),
    APPROVE_ESTIMATES(EnumSet.of(ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR),
            "Only an account supervisor or director approves an estimate"),
    APPROVE_CHANGE_ORDERS(EnumSet.of(ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR),
            "Only an account supervisor or director approves a change order"),
    APPROVE_PAYABLES(EnumSet.of(ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR),
            "Only an account supervisor or director approves a payable"),
    /** Above the supervisor limit of its currency (or in a currency without one) a payable is a director's. */
    APPROVE_PAYABLES_ABOVE_LIMIT(EnumSet.of(ACCOUNT_DIRECTOR),
            "Only an account director approves a payable above the supervisor limit"),
    ISSUE_INVOICES(EnumSet.of(FINANCE), "Only finance may issue invoices"),
    VOID_INVOICES(EnumSet.of(FINANCE, ACCOUNT_DIRECTOR), "Only finance or an account director may void invoices"),
    RECORD_PAYMENTS(EnumSet.of(FINANCE), "Only finance may record payments"),
    RELEASE_PAYABLES(EnumSet.of(FINANCE), "Only finance may release payables"),
    /** What moves money (payables, change orders, invoices) is drafted by anyone who sees money but coordinators. */
    DRAFT_MONEY(rolesThatDraftMoney(), "Account coordinators do not draft payables, change orders or invoices"),
    /** Four eyes on client money: an invoice goes out only once someone who did not draft it approved it. */
    APPROVE_INVOICES(EnumSet.of(ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR),
            "Only an account supervisor or director approves an invoice"),
    /** Above the supervisor invoice limit of its currency (or in a currency without one) an invoice is a director's. */
    APPROVE_INVOICES_ABOVE_LIMIT(EnumSet.of(ACCOUNT_DIRECTOR),
            "Only an account director approves an invoice above the supervisor limit"),
    /** The agency's tax rates and each client's tax treatment. */
    SET_TAX(EnumSet.of(FINANCE, Role.ADMIN), "Only finance or an admin sets tax rates and clients' tax treatments"),
    /** What a job earns and what an hour costs the agency: for the people who answer for margin. */
    SEE_MARGIN(EnumSet.of(ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR, FINANCE),
            "Only account supervisors, directors and finance see cost rates and margins"),
    /** The book of accounts is read by those who answer for them: supervisors for theirs, directors for all. */
    READ_BOOK(EnumSet.of(ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR),
            "Only account supervisors and directors read the book");

    private final Set<Role> roles;
    private final String refusal;

    BillingPermission(Set<Role> roles, String refusal) {
        this.roles = Set.copyOf(roles);
        this.refusal = refusal;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    @Override
    public String refusal() {
        return refusal;
    }

    private static Set<Role> rolesThatDraftMoney() {
        EnumSet<Role> roles = EnumSet.copyOf(rolesThatSeeMoney());
        roles.remove(Role.ACCOUNT_COORDINATOR);
        return roles;
    }

    private static Set<Role> rolesThatSeeMoney() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(Role::seesMoney).forEach(roles::add);
        return roles;
    }
}
