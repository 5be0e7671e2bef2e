package agency.suits.creative.job;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TurnaroundTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void addsUpEveryVisitOfAStageAndStopsTheClockWhenTheJobIsApproved() {
        Map<JobStatus, Duration> spent = Turnaround.timeInStages(JobStatus.IN_WORK, T0, List.of(
                change(JobStatus.STRATEGY_CHECK, 2),
                change(JobStatus.IN_WORK, 3),
                change(JobStatus.STRATEGY_CHECK, 7),
                change(JobStatus.READY_TO_PRESENT, 8),
                change(JobStatus.WITH_CLIENT, 10),
                change(JobStatus.APPROVED, 34)), T0.plus(Duration.ofHours(100)));

        assertEquals(Duration.ofHours(6), spent.get(JobStatus.IN_WORK));
        assertEquals(Duration.ofHours(2), spent.get(JobStatus.STRATEGY_CHECK));
        assertEquals(Duration.ofHours(2), spent.get(JobStatus.READY_TO_PRESENT));
        assertEquals(Duration.ofHours(24), spent.get(JobStatus.WITH_CLIENT));
        assertEquals(null, spent.get(JobStatus.APPROVED));
    }

    @Test
    void anOpenJobsCurrentStageCountsUpToNow() {
        Map<JobStatus, Duration> spent = Turnaround.timeInStages(JobStatus.IN_WORK, T0,
                List.of(change(JobStatus.STRATEGY_CHECK, 1)), T0.plus(Duration.ofHours(5)));

        assertEquals(Duration.ofHours(1), spent.get(JobStatus.IN_WORK));
        assertEquals(Duration.ofHours(4), spent.get(JobStatus.STRATEGY_CHECK));
    }

    @Test
    void aChangeDatedBeforeThePreviousOneTakesNoTime() {
        Map<JobStatus, Duration> spent = Turnaround.timeInStages(JobStatus.IN_WORK, T0,
                List.of(change(JobStatus.STRATEGY_CHECK, 3), change(JobStatus.CANCELLED, 2)),
                T0.plus(Duration.ofHours(9)));

        assertEquals(Duration.ofHours(3), spent.get(JobStatus.IN_WORK));
        assertEquals(Duration.ZERO, spent.get(JobStatus.STRATEGY_CHECK));
    }

    private static Turnaround.Change change(JobStatus to, int hoursAfterOpening) {
        return new Turnaround.Change(to, T0.plus(Duration.ofHours(hoursAfterOpening)));
    }
}
