package agency.suits.billing.invoice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "IssueInvoice", examples = """
        {"issuedOn": "2026-11-02", "paymentTermsDays": 30}""")
public record Issuance(
        @Schema(implementation = LocalDate.class, description = "Defaults to the agency's today") LocalDate issuedOn,
        @Schema(description = "Defaults to the agency's payment terms") @Min(0) @Max(365) Integer paymentTermsDays) {
}
