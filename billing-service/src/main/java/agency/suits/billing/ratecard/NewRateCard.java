package agency.suits.billing.ratecard;

import agency.suits.security.Role;
import agency.suits.web.money.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "NewRateCard", examples = """
        {"role": "CREATIVE", "hourlyRate": {"amount": "95.00", "currency": "EUR"}, "effectiveFrom": "2026-01-01",
         "effectiveTo": "2026-12-31"}""")
public record NewRateCard(
        @NotNull Role role,
        @Schema(implementation = UUID.class,
                description = "The client this rate overrides the agency default for; null for the agency default")
        UUID clientId,
        @NotNull @Valid MoneyJson hourlyRate,
        @NotNull LocalDate effectiveFrom,
        @Schema(implementation = LocalDate.class,
                description = "Last day the rate applies (inclusive); null for until further notice")
        LocalDate effectiveTo,
        @Valid @Schema(implementation = MoneyJson.class, nullable = true,
                description = "What an hour of the role costs the agency, for margins; shown to supervisors, "
                        + "directors and finance only")
        MoneyJson costRate) {
}
