package agency.suits.billing.tax;

import agency.suits.web.money.DecimalText;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "NewTaxRate", examples = """
        {"country": "DE", "category": "STANDARD", "percent": "19", "effectiveFrom": "2026-01-01",
         "effectiveTo": null}""")
public record NewTaxRate(
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as DE")
        @Schema(pattern = "^[A-Z]{2}$", examples = "DE") String country,
        @NotNull @Schema(implementation = TaxCategory.class,
                description = "STANDARD or REDUCED; exempt and reverse-charge lines carry no rate")
        TaxCategory category,
        @NotNull
        @JsonDeserialize(using = DecimalText.class)
        @Pattern(regexp = "(100|[0-9]{1,2})(\\.[0-9]{1,2})?", message = "must be a percent such as 19 or 5.5")
        @Schema(type = SchemaType.STRING, examples = "19", pattern = "^(100|[0-9]{1,2})(\\.[0-9]{1,2})?$",
                description = "The rate in percent, a decimal string with up to 2 decimals")
        String percent,
        @NotNull LocalDate effectiveFrom,
        @Schema(implementation = LocalDate.class,
                description = "Last day the rate applies (inclusive); null for until further notice")
        LocalDate effectiveTo) {
}
