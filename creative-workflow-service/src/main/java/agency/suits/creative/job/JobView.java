package agency.suits.creative.job;

import agency.suits.events.briefs.BriefSnapshot;
import agency.suits.web.Versioned;
import agency.suits.web.money.MoneyJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A job with its brief copy, rounds and decisions. {@code budget} is left out for the creative department, who never
 * see money; {@code closedAt} is there once the job is approved or cancelled.
 */
@Schema(name = "CreativeJob")
public record JobView(
        UUID id,
        String jobNumber,
        UUID clientId,
        UUID briefId,
        int briefVersion,
        String title,
        JobStatus status,
        List<String> allowedActions,
        int currentRound,
        int includedRounds,
        LocalDate dueOn,
        boolean overdue,
        @Schema(nullable = true) @JsonInclude(JsonInclude.Include.NON_NULL) MoneyJson budget,
        BriefSnapshot brief,
        List<UUID> assignees,
        List<RoundView> rounds,
        Instant openedAt,
        @Schema(nullable = true) Instant closedAt,
        long version) implements Versioned {
}
