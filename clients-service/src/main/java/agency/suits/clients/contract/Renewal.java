package agency.suits.clients.contract;

import agency.suits.clients.EnteredAmount;
import agency.suits.web.money.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** The next contract's terms; it is of the same type and starts the day after the renewed one ends. */
public record Renewal(
        @NotNull LocalDate endsOn,
        @NotNull @Valid MoneyJson value,
        @Valid RetainerJson retainer,
        @NotNull @Min(0) @Max(50) Integer includedRevisionRounds,
        @NotNull @Min(0) @Max(365) Integer noticePeriodDays) {

    public Renewal {
        if (value != null) {
            EnteredAmount.requireReadable("value", value.amount(), value.currency());
        }
    }
}
