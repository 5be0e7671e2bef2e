package agency.suits.creative.trail;

import agency.suits.creative.job.JobStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How long a job took: per stage, per round from presentation to the client's feedback, and in rounds. Durations are
 * ISO 8601 text ({@code PT26H30M}), as the events carry them.
 */
@Schema(name = "CreativeJobTurnaround")
public record TurnaroundView(
        int roundsUsed,
        int includedRounds,
        int roundsOutOfScope,
        Map<JobStatus, String> timeInStages,
        List<RoundTurnaround> presentationToFeedback,
        String elapsed) {

    public record RoundTurnaround(int round, Instant presentedAt, Instant returnedAt, String timeToFeedback) {
    }
}
