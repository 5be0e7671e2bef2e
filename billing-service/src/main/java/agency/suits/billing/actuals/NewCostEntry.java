package agency.suits.billing.actuals;

import agency.suits.billing.tax.TaxCategory;
import agency.suits.web.money.MoneyJson;
import agency.suits.web.validation.JobNumberFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "NewCostEntry", examples = """
        {"jobNumber": "ACME-2026-0042", "vendorName": "PrintCo", "description": "Posters A2 x 500",
         "amount": {"amount": "640.00", "currency": "EUR"}, "incurredOn": "2026-11-20"}""")
public record NewCostEntry(
        @NotNull @JobNumberFormat String jobNumber,
        @NotBlank @Size(max = 200) String vendorName,
        @NotBlank @Size(max = 500) String description,
        @NotNull @Valid MoneyJson amount,
        @NotNull LocalDate incurredOn,
        @Schema(implementation = TaxCategory.class, description = "STANDARD (the default) or REDUCED: the rate the "
                + "cost is invoiced at for a client taxed at the standard treatment")
        TaxCategory taxCategory) {
}
