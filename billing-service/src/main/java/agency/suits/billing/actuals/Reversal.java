package agency.suits.billing.actuals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reversal", description = "Why a booked entry is taken back; the reversal books its opposite",
        examples = """
                {"reason": "Booked on the wrong job: the hours were for the spring campaign"}""")
public record Reversal(@NotBlank @Size(max = 500) String reason) {
}
