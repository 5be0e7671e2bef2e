package agency.suits.billing.estimate;

import agency.suits.security.Role;
import agency.suits.web.money.DecimalText;
import agency.suits.web.money.MoneyJson;
import agency.suits.web.validation.JobNumberFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "NewEstimate", description = "A new version of a job's estimate; the server prices every line",
        examples = """
                {"jobNumber": "ACME-2026-0042", "pricedOn": "2026-11-02",
                 "lines": [{"kind": "ROLE_HOURS", "description": "Concept and layouts", "role": "CREATIVE",
                            "hours": "12.5"},
                           {"kind": "VENDOR_COST", "description": "Posters A2 x 500", "vendorName": "PrintCo",
                            "cost": {"amount": "640.00", "currency": "EUR"}}]}""")
public record NewEstimate(
        @NotNull @JobNumberFormat String jobNumber,
        @Schema(implementation = LocalDate.class,
                description = "The date whose rate cards price the hours; defaults to the agency's today")
        LocalDate pricedOn,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull Line> lines) {

    @Schema(name = "NewEstimateLine", description = "ROLE_HOURS: role and hours (priced at the rate card). "
            + "VENDOR_COST: vendorName and cost.")
    public record Line(
            @NotNull LineKind kind,
            @NotBlank @Size(max = 500) String description,
            Role role,
            @JsonDeserialize(using = DecimalText.class)
            @Pattern(regexp = "[0-9]{1,5}(\\.[0-9]{1,2})?", message = "must be hours as a decimal string such as 12.5")
            @Schema(type = SchemaType.STRING, examples = "12.5", pattern = "^[0-9]{1,5}(\\.[0-9]{1,2})?$")
            String hours,
            @Size(max = 200) String vendorName,
            @Valid MoneyJson cost) {
    }
}
