package agency.suits.briefs.access;

import agency.suits.security.Permission;
import agency.suits.security.Role;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The role table of briefs-service: who may do what with job requests, briefs and schedules, and the reason a 403
 * gives to everybody else. Which clients a caller sees is the account copy's question ({@code AccountAccess}), not
 * this table's.
 */
public enum BriefsPermission implements Permission {

    /** Coordinators draft job requests; planners, creatives, finance, traffic and admins do not log them. */
    LOG_JOB_REQUESTS("Only [ACCOUNT_COORDINATOR, ACCOUNT_EXECUTIVE, ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR] may log job"
            + " requests", Role.ACCOUNT_COORDINATOR, Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_SUPERVISOR,
            Role.ACCOUNT_DIRECTOR),

    /** Cancelling or moving a job is a decision, which coordinators leave to the account people above them. */
    CHANGE_JOB_STATUS("Only [ACCOUNT_EXECUTIVE, ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR] may change the status of a job",
            Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_DIRECTOR),

    /** Taking part in writing briefs at all: whoever may write at least one of its sections (below). */
    WRITE_BRIEFS("Only account coordinators, executives, planners, supervisors and directors write briefs",
            Role.ACCOUNT_COORDINATOR, Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_PLANNER, Role.ACCOUNT_SUPERVISOR,
            Role.ACCOUNT_DIRECTOR),

    /**
     * The consumer's sections (target audience, insight, proposition): the planner speaks for the consumer and writes
     * them with the AE and those above the AE.
     */
    WRITE_STRATEGY_SECTIONS("Only the planner and the account executive (or those above them) write the target"
            + " audience, insight and proposition", Role.ACCOUNT_PLANNER, Role.ACCOUNT_EXECUTIVE,
            Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_DIRECTOR),

    /** Every other section: coordinators draft them, with the AE and those above the AE. */
    WRITE_OTHER_SECTIONS("Only the account coordinator and the account executive (or those above them) write the"
            + " sections other than audience, insight and proposition", Role.ACCOUNT_COORDINATOR,
            Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_DIRECTOR),

    /**
     * The planner's word that the audience, insight and proposition stand as written (by them or, before they joined
     * the team, by the AE); on top of the role, the caller must be the planner on the client's team.
     */
    CONFIRM_PLANNER_SECTIONS("Only the account planner confirms the target audience, insight and proposition",
            Role.ACCOUNT_PLANNER),

    /** Approval of a brief; segregation of duties comes on top (nobody approves a brief they wrote part of). */
    APPROVE_BRIEFS("Only an account supervisor or director approves briefs",
            Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_DIRECTOR),

    SUBMIT_BRIEFS("Only an account executive, supervisor or director submits briefs",
            Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_DIRECTOR),

    WITHDRAW_BRIEFS("Only an account executive, supervisor or director withdraws briefs",
            Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_DIRECTOR),

    SET_SCHEDULES("Only traffic or the account executive (or those above them) set schedules",
            Role.TRAFFIC, Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_DIRECTOR),

    /**
     * Traffic works across the agency: they see and schedule every account's jobs, where everybody else sees the
     * schedules of the clients whose team they are on (or the whole book).
     */
    SCHEDULE_EVERY_JOB("Only traffic schedules the jobs of every account", Role.TRAFFIC);

    private final String refusal;
    private final Set<Role> roles;

    BriefsPermission(String refusal, Role first, Role... rest) {
        this.refusal = refusal;
        this.roles = Collections.unmodifiableSet(EnumSet.of(first, rest));
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
