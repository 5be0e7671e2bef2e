package agency.suits.clients.contract;

import agency.suits.events.Money;
import agency.suits.events.clients.RetainerTerms;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** The next contract's terms; it is of the same type and starts the day after the renewed one ends. */
public record Renewal(
        @NotNull LocalDate endsOn,
        @NotNull Money value,
        RetainerTerms retainer,
        @NotNull @Min(0) @Max(50) Integer includedRevisionRounds,
        @NotNull @Min(0) @Max(365) Integer noticePeriodDays) {
}
