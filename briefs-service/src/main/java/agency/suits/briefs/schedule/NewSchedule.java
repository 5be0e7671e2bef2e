package agency.suits.briefs.schedule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The whole schedule of a job, replacing the one before. */
@Schema(name = "NewTrafficSchedule", examples = """
        {"milestones": [{"name": "First concepts", "dueOn": "2030-03-01", "completedOn": null},
                        {"name": "Shoot", "dueOn": "2030-04-15", "completedOn": null}]}""")
public record NewSchedule(@NotNull @Size(max = 50) List<@Valid @NotNull MilestoneEntry> milestones) {
}
