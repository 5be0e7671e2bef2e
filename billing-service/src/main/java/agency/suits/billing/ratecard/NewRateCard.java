package agency.suits.billing.ratecard;

import agency.suits.security.Role;
import agency.suits.web.money.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "NewRateCard")
public record NewRateCard(
        @NotNull Role role,
        @Schema(description = "The client this rate overrides the agency default for; null for the agency default")
        UUID clientId,
        @NotNull @Valid MoneyJson hourlyRate,
        @NotNull LocalDate effectiveFrom,
        @Schema(description = "Last day the rate applies (inclusive); null for until further notice")
        LocalDate effectiveTo) {
}
