package agency.suits.briefs.schedule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The whole schedule of a job, replacing the one before. */
public record NewSchedule(@NotNull @Size(max = 50) List<@Valid @NotNull MilestoneEntry> milestones) {
}
