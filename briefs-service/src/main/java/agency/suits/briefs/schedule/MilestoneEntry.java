package agency.suits.briefs.schedule;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A milestone as traffic sets it; {@code completedOn} marks it met (null while open). */
public record MilestoneEntry(@NotBlank @Size(max = 200) String name, @NotNull LocalDate dueOn, LocalDate completedOn) {
}
