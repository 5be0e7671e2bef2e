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

@Schema(name = "NewTimeEntry")
public record NewTimeEntry(
        @NotNull UUID personId,
        @NotNull @Schema(description = "The role the hours are priced at on the rate card") Role role,
        @NotNull @JobNumberFormat String jobNumber,
        @NotNull LocalDate workDate,
        @NotNull
        @JsonDeserialize(using = DecimalText.class)
        @Pattern(regexp = "([0-9]|1[0-9]|2[0-4])(\\.[0-9]{1,2})?",
                message = "must be hours as a decimal string from 0.01 to 24, such as 7.5")
        @Schema(type = SchemaType.STRING, examples = "7.5",
                description = "Exact decimal hours (a string, up to 2 decimals)")
        String hours) {
}
