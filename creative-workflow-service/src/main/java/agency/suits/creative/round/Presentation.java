package agency.suits.creative.round;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Account services showed these versions to the client; {@code presentedAt} defaults to now. */
@Schema(name = "RoundPresentation", examples = """
        {"workVersionIds": ["8d0c6f3a-2b1e-4c7d-9a5f-6e4b3c2d1a09"], "presentedAt": "2025-03-03T10:00:00Z"}""")
public record Presentation(
        @NotEmpty @Size(max = 50) List<@NotNull UUID> workVersionIds,
        @PastOrPresent Instant presentedAt) {
}
