package agency.suits.billing.creditnote;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "NewCreditNote", examples = """
        {"invoiceId": "5442221e-456f-4ee1-970e-d3c5e2a1d131", "reason": "Print run cancelled by the vendor",
         "linePositions": [2]}""")
public record NewCreditNote(
        @NotNull UUID invoiceId,
        @NotBlank @Size(max = 500) String reason,
        @Size(min = 1, max = 500)
        @Schema(nullable = true, description = "The positions of the invoice lines credited; none for every line "
                + "not credited yet")
        List<@NotNull @Min(1) @Max(500) Integer> linePositions) {
}
