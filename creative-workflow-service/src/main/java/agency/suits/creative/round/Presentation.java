package agency.suits.creative.round;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Account services showed these versions to the client; {@code presentedAt} defaults to now. */
public record Presentation(
        @NotEmpty @Size(max = 50) List<@NotNull UUID> workVersionIds,
        @PastOrPresent Instant presentedAt) {
}
