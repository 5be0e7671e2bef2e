package agency.suits.briefs.schedule;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A milestone as traffic sets it; {@code completedOn} marks it met (null while open). */
public record MilestoneEntry(
        @NotBlank @Size(max = 200) String name,
        @NotNull LocalDate dueOn,
        // written out as a date: SmallRye documents a nullable LocalDate as a bare string beside its LocalDate
        // reference, which the contract rules read as a string without bounds
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate completedOn) {
}
