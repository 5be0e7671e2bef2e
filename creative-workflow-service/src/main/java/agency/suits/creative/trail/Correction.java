package agency.suits.creative.trail;

import agency.suits.creative.job.Comment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Replaces the comments of a recorded decision, saying why; the decision it corrects stays in the trail. */
public record Correction(
        @NotBlank @Size(max = 2000) String reason,
        @NotNull @Size(max = 200) List<@Valid @NotNull Comment> comments) {
}
