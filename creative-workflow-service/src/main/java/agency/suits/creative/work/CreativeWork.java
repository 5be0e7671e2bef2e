package agency.suits.creative.work;

import agency.suits.creative.access.CreativePermission;
import agency.suits.creative.job.JobAction;
import agency.suits.creative.job.JobStatus;
import agency.suits.events.clients.AccountRole;
import agency.suits.security.Role;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which step of a creative round waits for which person: the creative director reviews work once there is some, the
 * planner on the client's team checks it against the strategy, and the account people on the team present it and
 * bring back the client's feedback. A director or planner who is not on the team may see the job but is not the one
 * it waits for; the creative director works for every client, so every review is theirs.
 */
public final class CreativeWork {

    /** Who carries the work to the client and back: account services on the client's team. */
    private static final Set<AccountRole> PRESENTERS = EnumSet.of(AccountRole.ACCOUNT_EXECUTIVE,
            AccountRole.ACCOUNT_SUPERVISOR, AccountRole.ACCOUNT_DIRECTOR);

    private CreativeWork() {
    }

    /**
     * The step the job waits on from this person now, if any.
     *
     * @param workInRound whether the current round has work versions (an internal review approves some)
     * @param roleOnTeam  the person's role on the client's team, empty when not on it
     */
    public static Optional<JobAction> stepWaitingFor(JobStatus status, boolean workInRound, Set<Role> roles,
            Optional<AccountRole> roleOnTeam) {
        return switch (status) {
            case IN_WORK -> workInRound && CreativePermission.RECORD_INTERNAL_REVIEW.grantedTo(roles)
                    ? Optional.of(JobAction.INTERNAL_REVIEW) : Optional.empty();
            case STRATEGY_CHECK -> CreativePermission.RECORD_STRATEGY_CHECK.grantedTo(roles)
                    && roleOnTeam.filter(AccountRole.ACCOUNT_PLANNER::equals).isPresent()
                    ? Optional.of(JobAction.STRATEGY_CHECK) : Optional.empty();
            case READY_TO_PRESENT -> CreativePermission.PRESENT_WORK.grantedTo(roles)
                    && roleOnTeam.filter(PRESENTERS::contains).isPresent()
                    ? Optional.of(JobAction.PRESENT) : Optional.empty();
            case WITH_CLIENT -> CreativePermission.RECORD_CLIENT_FEEDBACK.grantedTo(roles)
                    && roleOnTeam.filter(PRESENTERS::contains).isPresent()
                    ? Optional.of(JobAction.RECORD_FEEDBACK) : Optional.empty();
            case APPROVED, CANCELLED -> Optional.empty();
        };
    }
}
