package agency.suits.clients.notification;

import agency.suits.security.Role;

/**
 * Why a person got a notification, said to them. A reason from the account team or a reporting line needs the
 * person to see the client when they read it; a reason from their department ({@link #department()}) needs them to
 * still hold that role, since the creative department and traffic see every job but no client's account.
 */
public enum RecipientReason {
    PRIMARY_SUPERVISOR("You are the account's primary supervisor", null),
    ACCOUNT_SUPERVISOR("You supervise the account", null),
    ACCOUNT_EXECUTIVE("You are an account executive on the account", null),
    ACCOUNT_PLANNER("You are the account's planner", null),
    ACCOUNT_COORDINATOR("You coordinate the account", null),
    ACCOUNT_DIRECTOR_ON_TEAM("You are the account director on the team", null),
    SUPERVISOR_REPORTS_TO_YOU("The account's primary supervisor reports to you", null),
    ACCOUNT_DIRECTOR("No director is named above the account's primary supervisor, and you are an account director",
            null),
    RAISED_IT("You raised it", null),
    FINANCE("You are in finance", Role.FINANCE),
    CREATIVE_DIRECTOR("You are a creative director", Role.CREATIVE_DIRECTOR),
    TRAFFIC("You plan the agency's traffic", Role.TRAFFIC);

    private final String sentence;
    private final Role department;

    RecipientReason(String sentence, Role department) {
        this.sentence = sentence;
        this.department = department;
    }

    public String sentence() {
        return sentence;
    }

    /** The role that lets the person read it without seeing the client, or null when they must see the client. */
    public Role department() {
        return department;
    }
}
