package agency.suits.clients.contract;

import agency.suits.clients.EnteredAmount;
import agency.suits.web.money.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * The next contract's terms; it is of the same type and starts the day after the renewed one ends. Named for the
 * terms, so that the contracts coming up for renewal are the {@code Renewal}s.
 */
@Schema(examples = """
        {"endsOn": "2028-06-30", "value": {"amount": "130000.00", "currency": "EUR"},
         "retainer": {"feePerPeriod": {"amount": "32500.00", "currency": "EUR"}, "period": "QUARTERLY"},
         "includedRevisionRounds": 2, "noticePeriodDays": 45}""")
public record RenewalTerms(
        @NotNull LocalDate endsOn,
        @NotNull @Valid MoneyJson value,
        @Valid RetainerJson retainer,
        @NotNull @Min(0) @Max(50) Integer includedRevisionRounds,
        @NotNull @Min(0) @Max(365) Integer noticePeriodDays) {

    public RenewalTerms {
        if (value != null) {
            EnteredAmount.requireReadable("value", value.amount(), value.currency());
        }
    }
}
