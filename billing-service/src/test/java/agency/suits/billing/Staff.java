package agency.suits.billing;

import agency.suits.security.Role;
import agency.suits.testing.Tokens;

import java.util.UUID;

/**
 * Test staff. The account people are fixed ids that {@link Billing#openBudget} puts on every test client's team;
 * directors and finance see the whole book, so they are fresh ids; an outsider is on no team at all.
 */
public final class Staff {

    public static final UUID EXECUTIVE = UUID.fromString("6a4f8f2e-0d1b-4c55-9a51-1d2f3e4a5b01");
    public static final UUID SUPERVISOR = UUID.fromString("6a4f8f2e-0d1b-4c55-9a51-1d2f3e4a5b02");
    public static final UUID SECOND_SUPERVISOR = UUID.fromString("6a4f8f2e-0d1b-4c55-9a51-1d2f3e4a5b03");

    private Staff() {
    }

    public static String executive() {
        return Tokens.bearer(EXECUTIVE, Role.ACCOUNT_EXECUTIVE);
    }

    public static String supervisor() {
        return Tokens.bearer(SUPERVISOR, Role.ACCOUNT_SUPERVISOR);
    }

    public static String secondSupervisor() {
        return Tokens.bearer(SECOND_SUPERVISOR, Role.ACCOUNT_SUPERVISOR);
    }

    public static String director() {
        return Tokens.bearer(UUID.randomUUID(), Role.ACCOUNT_DIRECTOR);
    }

    public static String finance() {
        return Tokens.bearer(UUID.randomUUID(), Role.FINANCE);
    }

    public static String creative() {
        return Tokens.bearer(UUID.randomUUID(), Role.CREATIVE);
    }

    /** Traffic plans time, not money. */
    public static String traffic() {
        return Tokens.bearer(UUID.randomUUID(), Role.TRAFFIC);
    }

    /** An account supervisor on no test client's team. */
    public static String outsider() {
        return Tokens.bearer(UUID.randomUUID(), Role.ACCOUNT_SUPERVISOR);
    }

    public static String as(UUID id, Role role) {
        return Tokens.bearer(id, role);
    }
}
