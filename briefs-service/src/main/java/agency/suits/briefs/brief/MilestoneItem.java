package agency.suits.briefs.brief;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record MilestoneItem(@NotBlank @Size(max = 200) String name, @NotNull LocalDate dueOn) {
}
