package agency.suits.clients.interaction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An interaction to log; {@code contactId} names one of the client's contacts, {@code participants} the rest. */
@Schema(examples = """
        {"kind": "MEETING", "occurredAt": "2026-11-30T09:30:00Z", "participants": "Wile E. Coyote, the brand team",
         "note": "Agreed the Q1 campaign timing"}""")
public record NewInteraction(
        @NotNull InteractionKind kind,
        @NotNull @PastOrPresent Instant occurredAt,
        UUID contactId,
        @Schema(examples = "Wile E. Coyote, the brand team") @Size(max = 300) String participants,
        @Schema(examples = "Agreed the Q1 campaign timing") @NotBlank @Size(max = 4000) String note) {
}
