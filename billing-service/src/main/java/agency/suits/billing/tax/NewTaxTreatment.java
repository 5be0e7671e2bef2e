package agency.suits.billing.tax;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "NewTaxTreatment", examples = """
        {"clientId": "0f8fad5b-d9cb-469f-a165-70867728950e", "country": "BE", "treatment": "REVERSE_CHARGE",
         "vatId": "BE0123456789", "effectiveFrom": "2026-01-01"}""")
public record NewTaxTreatment(
        @NotNull UUID clientId,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as DE")
        @Schema(pattern = "^[A-Z]{2}$", examples = "BE",
                description = "The country whose tax rates apply to the client's invoices") String country,
        @NotNull TaxTreatment treatment,
        @Pattern(regexp = "[A-Z]{2}[0-9A-Z+*.]{2,18}", message = "must be a VAT id such as BE0123456789")
        @Schema(pattern = "^[A-Z]{2}[0-9A-Z+*.]{2,18}$", nullable = true,
                description = "The client's VAT id: required for REVERSE_CHARGE, printed on its invoices")
        String vatId,
        @Schema(implementation = LocalDate.class, description = "Defaults to the agency's today")
        LocalDate effectiveFrom) {
}
