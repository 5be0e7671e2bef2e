package agency.suits.briefs.schedule;

import agency.suits.briefs.jobrequest.JobRequest;
import agency.suits.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A job's traffic schedule in due order; {@code version} is the job's, and the ETag. */
@Schema(name = "TrafficSchedule")
public record ScheduleView(UUID jobRequestId, String jobNumber, List<Entry> milestones, long version)
        implements Versioned {

    /** A milestone as the schedule shows it; {@code completedOn} is absent while it is open. */
    @Schema(name = "ScheduledMilestone")
    public record Entry(String name, LocalDate dueOn, @Schema(nullable = true) LocalDate completedOn,
                        boolean overdue) {
    }

    static ScheduleView of(JobRequest job, LocalDate today) {
        return new ScheduleView(job.id, job.jobNumber, job.schedule.stream()
                .map(m -> new Entry(m.name, m.dueOn, m.completedOn, ScheduleRules.isOverdue(m, today))).toList(),
                job.version);
    }
}
