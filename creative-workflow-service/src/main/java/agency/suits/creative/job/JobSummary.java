package agency.suits.creative.job;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A job in a list; {@code closedAt} only once it is approved or cancelled. */
@Schema(name = "CreativeJobSummary")
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
        @Schema(nullable = true) Instant closedAt) {
}
