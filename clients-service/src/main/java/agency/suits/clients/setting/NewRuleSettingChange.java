package agency.suits.clients.setting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * A change of one rule setting. It takes effect at {@code effectiveFrom}: now or later, within five years; without
 * one, at once.
 */
@Schema(description = "A change of one rule setting, taking effect at effectiveFrom (now or later, within five "
        + "years; without it, at once)", examples = """
        {"value": "4", "effectiveFrom": "2027-01-01T00:00:00Z",
         "reason": "Two executives joined; accounts are shared out again"}""")
public record NewRuleSettingChange(
        @Schema(description = "The new value as text, e.g. 4, 12.50, 1,30,60 or EUR 5000.00,USD 6000.00; what "
                + "each setting takes is in its `takes`",
                examples = "4")
        @NotBlank @Size(max = 500) String value,
        Instant effectiveFrom,
        @Schema(examples = "Two executives joined; accounts are shared out again") @NotBlank @Size(max = 500)
        String reason) {
}
