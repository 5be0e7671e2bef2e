package agency.suits.briefs.schedule;

import java.time.LocalDate;
import java.util.UUID;

/** An open milestone past its due date, for the agency-wide overdue view. */
public record OverdueMilestone(UUID jobRequestId, String jobNumber, UUID clientId, String name, LocalDate dueOn,
                               long daysOverdue) {
}
