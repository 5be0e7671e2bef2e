package agency.suits.creative.job;

import java.util.UUID;

/** The list filters; null means "any". */
public record JobFilter(String jobNumber, UUID clientId, JobStatus status, UUID assignee, Boolean overdue) {
}
