package agency.suits.creative.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A job in a list. */
public record JobSummary(
        UUID id,
        String jobNumber,
        UUID clientId,
        String title,
        JobStatus status,
        int currentRound,
        int includedRounds,
        LocalDate dueOn,
        boolean overdue,
        List<UUID> assignees,
        Instant openedAt,
        Instant closedAt) {
}
