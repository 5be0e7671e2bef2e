package agency.suits.billing.actuals;

import agency.suits.security.Role;
import agency.suits.web.money.DecimalText;
import agency.suits.web.validation.JobNumberFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "NewTimeEntry", examples = """
        {"personId": "6a4f8f2e-0d1b-4c55-9a51-1d2f3e4a5b01", "role": "CREATIVE", "jobNumber": "ACME-2026-0042",
         "workDate": "2026-11-20", "hours": "7.5"}""")
public record NewTimeEntry(
        @NotNull UUID personId,
        @NotNull @Schema(implementation = Role.class,
                description = "The role the hours are priced at on the rate card") Role role,
        @NotNull @JobNumberFormat String jobNumber,
        @NotNull LocalDate workDate,
        @NotNull
        @JsonDeserialize(using = DecimalText.class)
        @Pattern(regexp = "([0-9]|1[0-9]|2[0-4])(\\.[0-9]{1,2})?",
                message = "must be hours as a decimal string from 0.01 to 24, such as 7.5")
        @Schema(type = SchemaType.STRING, examples = "7.5", pattern = "^([0-9]|1[0-9]|2[0-4])(\\.[0-9]{1,2})?$",
                description = "Exact decimal hours (a string, up to 2 decimals)")
        String hours) {
}
