package agency.suits.creative.job;

import agency.suits.events.creative.ClientDecision;
import agency.suits.domain.WrongState;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The creative job's state machine. One round runs IN_WORK (internal review) → STRATEGY_CHECK → READY_TO_PRESENT →
 * WITH_CLIENT; the client's feedback either approves the job or opens the next round in IN_WORK. A send-back or an
 * off-strategy verdict returns the round to IN_WORK without opening a new one: only client feedback counts as a round.
 */
public final class JobRules {

    private JobRules() {
    }

    public static Set<JobAction> allowed(JobStatus status) {
        return switch (status) {
            case IN_WORK -> EnumSet.of(JobAction.ASSIGN, JobAction.ADD_VERSION, JobAction.INTERNAL_REVIEW,
                    JobAction.CANCEL);
            case STRATEGY_CHECK -> EnumSet.of(JobAction.ASSIGN, JobAction.STRATEGY_CHECK, JobAction.CANCEL);
            case READY_TO_PRESENT -> EnumSet.of(JobAction.ASSIGN, JobAction.PRESENT, JobAction.CANCEL);
            case WITH_CLIENT -> EnumSet.of(JobAction.ASSIGN, JobAction.RECORD_FEEDBACK, JobAction.CANCEL);
            case APPROVED, CANCELLED -> EnumSet.noneOf(JobAction.class);
        };
    }

    /** 409 listing the actions allowed now when {@code action} is not one of them. */
    public static void require(JobStatus status, JobAction action) {
        if (!allowed(status).contains(action)) {
            throw new WrongState("A creative job that is " + status + " does not allow " + action,
                    allowedNames(status));
        }
    }

    public static List<String> allowedNames(JobStatus status) {
        return allowed(status).stream().map(Enum::name).toList();
    }

    public static JobStatus afterInternalReview(JobStatus status, boolean approved) {
        require(status, JobAction.INTERNAL_REVIEW);
        return approved ? JobStatus.STRATEGY_CHECK : JobStatus.IN_WORK;
    }

    public static JobStatus afterStrategyCheck(JobStatus status, boolean onStrategy) {
        require(status, JobAction.STRATEGY_CHECK);
        return onStrategy ? JobStatus.READY_TO_PRESENT : JobStatus.IN_WORK;
    }

    public static JobStatus afterPresentation(JobStatus status) {
        require(status, JobAction.PRESENT);
        return JobStatus.WITH_CLIENT;
    }

    /** Changes requested and rejection both send the job back to work in a new round. */
    public static JobStatus afterFeedback(JobStatus status, ClientDecision decision) {
        require(status, JobAction.RECORD_FEEDBACK);
        return decision == ClientDecision.APPROVED ? JobStatus.APPROVED : JobStatus.IN_WORK;
    }

    public static JobStatus afterCancellation(JobStatus status) {
        require(status, JobAction.CANCEL);
        return JobStatus.CANCELLED;
    }

    /**
     * A brief submitted again after its withdrawal: only a cancelled job takes it, and goes back to work in the
     * round it stood in (rounds already used stay used against the contract). Any other job already has its brief.
     */
    public static boolean reopens(JobStatus status) {
        return status == JobStatus.CANCELLED;
    }

    public static JobStatus afterReopening(JobStatus status) {
        if (!reopens(status)) {
            throw new WrongState("A creative job that is " + status + " is not reopened by a new brief",
                    allowedNames(status));
        }
        return JobStatus.IN_WORK;
    }
}
