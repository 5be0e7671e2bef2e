package agency.suits.clients.contract;

import agency.suits.clients.EnteredAmount;
import agency.suits.web.money.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** An amendment: the terms that change (leave out the others), the day it takes effect, and why. */
@Schema(examples = """
        {"effectiveOn": "2026-10-01", "value": {"amount": "135000.00", "currency": "EUR"},
         "endsOn": "2027-09-30", "includedRevisionRounds": 2,
         "reason": "Scope extended to the autumn launch; the client asked for fewer rounds"}""")
public record NewAmendment(
        @NotNull LocalDate effectiveOn,
        @Valid @Schema(nullable = true) MoneyJson value,
        LocalDate endsOn,
        @Min(0) @Max(50) @Schema(nullable = true) Integer includedRevisionRounds,
        @Min(0) @Max(365) @Schema(nullable = true) Integer noticePeriodDays,
        @NotBlank @Size(max = 500) String reason) {

    public NewAmendment {
        if (value != null) {
            EnteredAmount.requireReadable("value", value.amount(), value.currency());
        }
    }

    AmendmentTerms terms() {
        return new AmendmentTerms(effectiveOn, value == null ? null : value.toAmount(), endsOn,
                includedRevisionRounds, noticePeriodDays);
    }
}
