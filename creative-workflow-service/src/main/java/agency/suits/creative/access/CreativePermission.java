package agency.suits.creative.access;

import agency.suits.security.Permission;
import agency.suits.security.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The role table of creative jobs: who may do what. A 403 names the roles and the step ("Only ACCOUNT_PLANNER may
 * record the strategy check"). Which jobs a caller sees at all is {@link CreativeWholeBook}'s and the account
 * teams' business; budgets are seen by {@link Role#seesMoney()}.
 */
public enum CreativePermission implements Permission {

    /** The creative department works across every client, so it sees every job (directors and finance do anyway). */
    SEE_EVERY_JOB("see every creative job", Role.CREATIVE, Role.CREATIVE_DIRECTOR),

    ASSIGN_CREATIVES("assign creatives to a job", Role.CREATIVE_DIRECTOR),
    ADD_WORK_VERSIONS("add work versions", Role.CREATIVE, Role.CREATIVE_DIRECTOR),
    /** Adds work to a job without being assigned to it; creatives add work only to the jobs they are on. */
    ADD_WORK_TO_ANY_JOB("add work versions to a job they are not assigned to", Role.CREATIVE_DIRECTOR),

    RECORD_INTERNAL_REVIEW("record the internal review", Role.CREATIVE_DIRECTOR),
    RECORD_STRATEGY_CHECK("record the strategy check", Role.ACCOUNT_PLANNER),
    PRESENT_WORK("present work to the client", Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_SUPERVISOR,
            Role.ACCOUNT_DIRECTOR),
    RECORD_CLIENT_FEEDBACK("record the client's feedback", Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_SUPERVISOR,
            Role.ACCOUNT_DIRECTOR),

    /** The book of accounts is read by those who answer for them: supervisors for theirs, directors for all. */
    READ_BOOK("read the book of accounts", Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_DIRECTOR),

    // A decision's comments are corrected by the roles that own its step.
    CORRECT_ASSIGNMENT("correct a ASSIGNMENT decision", Role.CREATIVE_DIRECTOR),
    CORRECT_INTERNAL_REVIEW("correct a INTERNAL_REVIEW decision", Role.CREATIVE_DIRECTOR),
    CORRECT_STRATEGY_CHECK("correct a STRATEGY_CHECK decision", Role.ACCOUNT_PLANNER),
    CORRECT_PRESENTATION("correct a PRESENTATION decision", Role.ACCOUNT_DIRECTOR, Role.ACCOUNT_EXECUTIVE,
            Role.ACCOUNT_SUPERVISOR),
    CORRECT_CLIENT_FEEDBACK("correct a CLIENT_FEEDBACK decision", Role.ACCOUNT_DIRECTOR, Role.ACCOUNT_EXECUTIVE,
            Role.ACCOUNT_SUPERVISOR),
    /** The system recorded the cancellation (a withdrawn brief): nobody owns it. */
    CORRECT_CANCELLATION("correct a CANCELLATION decision"),
    /** The system recorded the reopening (a resubmitted brief): nobody owns it either. */
    CORRECT_REOPENING("correct a REOPENING decision"),
    /** The client's contract changed the included rounds (clients-service's ContractAmended): nobody owns it. */
    CORRECT_CONTRACT_AMENDMENT("correct a CONTRACT_AMENDMENT decision");

    private final Set<Role> roles;
    private final String refusal;

    CreativePermission(String what, Role... roles) {
        this.roles = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        this.refusal = roles.length == 0 ? "Nobody may " + what
                : "Only " + List.of(roles).stream().map(Enum::name).collect(Collectors.joining(", ")) + " may "
                + what;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    @Override
    public String refusal() {
        return refusal;
    }
}
