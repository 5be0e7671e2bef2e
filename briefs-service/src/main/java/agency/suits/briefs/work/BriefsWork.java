package agency.suits.briefs.work;

import agency.suits.briefs.access.BriefsPermission;
import agency.suits.briefs.jobrequest.JobStatus;
import agency.suits.events.clients.AccountRole;
import agency.suits.security.Role;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which job or brief waits for which person: the same rules that the approval, the planner's confirmation and brief
 * writing enforce, asked the other way round ("what may this person do now?") so that a work list never shows what
 * the person would then be refused.
 */
public final class BriefsWork {

    /** The team roles that start a brief with the client: the AE, and the supervisor who is the client's contact. */
    private static final Set<AccountRole> BRIEF_WRITERS = EnumSet.of(AccountRole.ACCOUNT_EXECUTIVE,
            AccountRole.ACCOUNT_SUPERVISOR);

    private BriefsWork() {
    }

    /**
     * A draft brief waits for the approval of a supervisor or director who wrote none of it, once it is complete and
     * the planner (if the team has one) has given their word: before that, the approval would be refused.
     */
    public static boolean awaitsApprovalBy(Set<Role> roles, UUID caller, boolean complete, boolean plannerSatisfied,
            Set<UUID> authors) {
        return BriefsPermission.APPROVE_BRIEFS.grantedTo(roles) && complete && plannerSatisfied
                && !authors.contains(caller);
    }

    /** A draft brief waits for the team's planner while their sections are not written or confirmed as they stand. */
    public static boolean awaitsPlannerSectionsFrom(Set<Role> roles, UUID caller, Set<UUID> teamPlanners,
            boolean plannerSatisfied) {
        return BriefsPermission.CONFIRM_PLANNER_SECTIONS.grantedTo(roles) && teamPlanners.contains(caller)
                && !plannerSatisfied;
    }

    /**
     * A job request that has no brief yet (still RECEIVED: starting a brief moves it to BRIEFING) waits for the AE
     * and the supervisors on the client's team; a director or coordinator may start one too, but it is not theirs
     * to chase.
     */
    public static boolean awaitsBriefFrom(Set<Role> roles, Optional<AccountRole> roleOnTeam, JobStatus status) {
        return status == JobStatus.RECEIVED && BriefsPermission.WRITE_BRIEFS.grantedTo(roles)
                && roleOnTeam.filter(BRIEF_WRITERS::contains).isPresent();
    }

    /** Overdue milestones are traffic's to move or close, across every account. */
    public static boolean seesOverdueMilestones(Set<Role> roles) {
        return BriefsPermission.SCHEDULE_EVERY_JOB.grantedTo(roles);
    }
}
