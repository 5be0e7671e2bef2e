package agency.suits.clients.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Ending a contract early: its last day in force, and why. */
@Schema(examples = """
        {"endsOn": "2026-12-31", "reason": "The client moves its account in-house from January"}""")
public record Termination(
        @NotNull LocalDate endsOn,
        @NotBlank @Size(max = 500) String reason) {
}
