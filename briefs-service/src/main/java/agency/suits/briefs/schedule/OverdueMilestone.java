package agency.suits.briefs.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** An open milestone past its due date, for the agency-wide overdue view. */
public record OverdueMilestone(UUID jobRequestId, String jobNumber, UUID clientId, String name, LocalDate dueOn,
                               long daysOverdue) {

    /** An open milestone as the overdue query reads it, before the days are counted. */
    public record Due(UUID jobRequestId, String jobNumber, UUID clientId, String name, LocalDate dueOn) {
    }

    static OverdueMilestone of(Due due, LocalDate today) {
        return new OverdueMilestone(due.jobRequestId(), due.jobNumber(), due.clientId(), due.name(), due.dueOn(),
                ChronoUnit.DAYS.between(due.dueOn(), today));
    }
}
