package agency.suits.creative.round;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Account services showed these versions to the client; {@code presentedAt} defaults to now. {@code presenters} are
 * the people who presented with the caller (the creative director beside the account director), each on the client's
 * account team or one who worked on the job.
 */
@Schema(name = "RoundPresentation", examples = """
        {"workVersionIds": ["8d0c6f3a-2b1e-4c7d-9a5f-6e4b3c2d1a09"], "presentedAt": "2025-03-03T10:00:00Z",
         "presenters": ["3c9e1f7a-5b2d-4e8c-a1f6-0d7b9c2e4a58"]}""")
public record Presentation(
        @NotEmpty @Size(max = 50) List<@NotNull UUID> workVersionIds,
        @PastOrPresent Instant presentedAt,
        @Size(max = 5) List<@NotNull UUID> presenters) {

    public List<UUID> presenterList() {
        return presenters == null ? List.of() : presenters;
    }
}
