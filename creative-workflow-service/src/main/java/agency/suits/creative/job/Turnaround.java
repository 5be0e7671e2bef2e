package agency.suits.creative.job;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Time a job spent in each stage, worked out from the moments its status changed. A final status stops the clock;
 * an open job's current stage counts up to {@code now}. No stage ever gets negative time.
 */
public final class Turnaround {

    private Turnaround() {
    }

    /** A status change, in the order it happened. */
    public record Change(JobStatus to, Instant at) {
    }

    public static Map<JobStatus, Duration> timeInStages(JobStatus initial, Instant openedAt, List<Change> changes,
                                                        Instant now) {
        Map<JobStatus, Duration> spent = new EnumMap<>(JobStatus.class);
        JobStatus current = initial;
        Instant since = openedAt;
        for (Change change : changes) {
            // a change dated before the previous one (a withdrawal stamped by another service's clock) takes no time
            Instant at = change.at().isBefore(since) ? since : change.at();
            spent.merge(current, Duration.between(since, at), Duration::plus);
            current = change.to();
            since = at;
        }
        if (!current.isFinal() && now.isAfter(since)) {
            spent.merge(current, Duration.between(since, now), Duration::plus);
        }
        return spent;
    }
}
