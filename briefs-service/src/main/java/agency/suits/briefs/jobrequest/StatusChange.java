package agency.suits.briefs.jobrequest;

import jakarta.validation.constraints.NotNull;

/** Moves a job to another status by hand; the legal moves are {@link JobStatus}'s. */
public record StatusChange(@NotNull JobStatus status) {
}
