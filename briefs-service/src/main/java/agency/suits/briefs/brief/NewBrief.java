package agency.suits.briefs.brief;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** Starts the brief of a job; the sections may follow in later saves. */
public record NewBrief(@NotNull UUID jobRequestId, @Valid BriefContent content) {
}
