package agency.suits.briefs.jobrequest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a job stands. The legal moves are listed once here; everything else (the status endpoint, brief submission,
 * creative approval) asks this class rather than deciding on its own. Named for the job request on the wire:
 * creative-workflow-service's creative jobs have statuses of their own.
 */
@Schema(name = "JobRequestStatus")
public enum JobStatus {
    RECEIVED,
    BRIEFING,
    SUBMITTED,
    IN_PRODUCTION,
    COMPLETED,
    CANCELLED;

    private static final Map<JobStatus, Set<JobStatus>> NEXT = Map.of(
            RECEIVED, EnumSet.of(BRIEFING, CANCELLED),
            // a withdrawn brief sends the job back to briefing
            BRIEFING, EnumSet.of(SUBMITTED, CANCELLED),
            SUBMITTED, EnumSet.of(BRIEFING, IN_PRODUCTION, COMPLETED, CANCELLED),
            IN_PRODUCTION, EnumSet.of(BRIEFING, COMPLETED, CANCELLED),
            COMPLETED, EnumSet.noneOf(JobStatus.class),
            CANCELLED, EnumSet.noneOf(JobStatus.class));

    public boolean canMoveTo(JobStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** The statuses this one may move to, in declaration order. */
    public List<JobStatus> next() {
        return List.copyOf(NEXT.get(this));
    }

    /**
     * The moves a person makes with the status endpoint. Submitting, and taking work back from creative (to
     * briefing, or to cancel it), go through the brief, because creative must hear of them (BriefSubmitted,
     * BriefWithdrawn).
     */
    public List<JobStatus> manualNext() {
        return next().stream()
                .filter(target -> target != SUBMITTED)
                .filter(target -> !(isWithCreative() && (target == BRIEFING || target == CANCELLED)))
                .toList();
    }

    /** The brief is submitted and creative works from it. */
    public boolean isWithCreative() {
        return this == SUBMITTED || this == IN_PRODUCTION;
    }

    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
