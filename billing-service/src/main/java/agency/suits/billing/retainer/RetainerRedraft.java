package agency.suits.billing.retainer;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "RetainerRedraft", description = "Bills a retainer period again whose invoice was voided",
        examples = """
                {"contractId": "0f8fad5b-d9cb-469f-a165-70867728950e", "periodStart": "2026-03-01"}""")
public record RetainerRedraft(@NotNull UUID contractId, @NotNull LocalDate periodStart) {
}
