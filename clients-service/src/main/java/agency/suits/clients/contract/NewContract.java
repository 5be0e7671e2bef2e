package agency.suits.clients.contract;

import agency.suits.clients.EnteredAmount;
import agency.suits.events.clients.ContractType;
import agency.suits.web.money.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * A contract to sign. Money is {"amount": "120000.00", "currency": "EUR"}: the amount a decimal string at the
 * currency's minor units.
 */
@Schema(examples = """
        {"type": "RETAINER", "startsOn": "2026-07-01", "endsOn": "2027-06-30",
         "value": {"amount": "120000.00", "currency": "EUR"},
         "retainer": {"feePerPeriod": {"amount": "10000.00", "currency": "EUR"}, "period": "MONTHLY"},
         "includedRevisionRounds": 3, "noticePeriodDays": 60}""")
public record NewContract(
        @NotNull ContractType type,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotNull @Valid MoneyJson value,
        @Valid RetainerJson retainer,
        @NotNull @Min(0) @Max(50) Integer includedRevisionRounds,
        @NotNull @Min(0) @Max(365) Integer noticePeriodDays) {

    public NewContract {
        if (value != null) {
            EnteredAmount.requireReadable("value", value.amount(), value.currency());
        }
    }
}
