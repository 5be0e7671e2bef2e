package agency.suits.clients.access;

import agency.suits.security.Permission;
import agency.suits.security.Role;

import java.util.EnumSet;
import java.util.Set;

import static agency.suits.security.Role.ACCOUNT_COORDINATOR;
import static agency.suits.security.Role.ACCOUNT_DIRECTOR;
import static agency.suits.security.Role.ACCOUNT_EXECUTIVE;
import static agency.suits.security.Role.ACCOUNT_PLANNER;
import static agency.suits.security.Role.ACCOUNT_SUPERVISOR;

/**
 * Which roles may change what on a client they can see (DOMAIN.md). Seeing comes first: a client outside the
 * caller's book is a 404 whatever the role. Finance and admins see the whole book but change none of it;
 * coordinators never change teams or contracts. New clients are registered by supervisors and directors, who own
 * the relationship and its contracts. The staff directory, which is not about clients, is {@link StaffPermission}.
 */
public enum ClientPermission implements Permission {
    REGISTER_CLIENT("register clients", ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR),
    /**
     * A supervisor who registers a client they could not otherwise see becomes its primary supervisor, or the client
     * would vanish from their own book the moment they created it.
     */
    LEAD_REGISTERED_CLIENTS("lead the clients they register", ACCOUNT_SUPERVISOR),
    EDIT_CLIENT("change a client's details", ACCOUNT_EXECUTIVE, ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR),
    CHANGE_STATUS("move a client through its lifecycle", ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR),
    CHANGE_TEAM("change an account team", ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR),
    CHANGE_CONTRACTS("sign or renew contracts", ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR),
    PURSUE_OPPORTUNITIES("track new opportunities", ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR),
    /** Seeking new work is the supervisor's duty (DOMAIN.md), and the director's across every supervisor. */
    READ_PIPELINE("read the opportunity pipeline across their book", ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR),
    /** The book is read by those who answer for accounts: supervisors for theirs, directors for all. */
    READ_BOOK("read the book of accounts", ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR),
    LOG_ACTIVITY("record contacts, interactions and opportunities",
            ACCOUNT_COORDINATOR, ACCOUNT_EXECUTIVE, ACCOUNT_PLANNER, ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR);

    private final String action;
    private final Set<Role> roles;

    ClientPermission(String action, Role first, Role... others) {
        this.action = action;
        this.roles = EnumSet.of(first, others);
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    /** The reason a 403 gives. */
    @Override
    public String refusal() {
        return "Only " + roles + " may " + action;
    }
}
