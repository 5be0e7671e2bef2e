package agency.suits.clients.contract;

import agency.suits.events.Money;
import agency.suits.events.clients.ContractType;
import agency.suits.events.clients.RetainerTerms;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** A contract to sign. Money is {"amount": "120000.00", "currency": "EUR"}: the amount a decimal string. */
public record NewContract(
        @NotNull ContractType type,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotNull Money value,
        RetainerTerms retainer,
        @NotNull @Min(0) @Max(50) Integer includedRevisionRounds,
        @NotNull @Min(0) @Max(365) Integer noticePeriodDays) {

    ContractTerms terms() {
        return new ContractTerms(type, startsOn, endsOn, value, retainer, includedRevisionRounds, noticePeriodDays);
    }
}
