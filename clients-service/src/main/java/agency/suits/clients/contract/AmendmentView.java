package agency.suits.clients.contract;

import agency.suits.domain.money.Amount;
import agency.suits.web.money.MoneyJson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One amendment in a contract's history: who made it, when, from which day, why, and each term before and after. */
public record AmendmentView(UUID id, UUID contractId, LocalDate effectiveOn, String reason, UUID amendedBy,
                            Instant amendedAt, MoneyJson valueBefore, MoneyJson valueAfter, LocalDate endsOnBefore,
                            LocalDate endsOnAfter, int includedRevisionRoundsBefore, int includedRevisionRoundsAfter,
                            int noticePeriodDaysBefore, int noticePeriodDaysAfter) {

    static AmendmentView of(ContractAmendment a, String currency) {
        return new AmendmentView(a.id, a.contractId, a.effectiveOn, a.reason, a.amendedBy, a.amendedAt,
                MoneyJson.of(Amount.of(a.valueBefore, currency)), MoneyJson.of(Amount.of(a.valueAfter, currency)),
                a.endsOnBefore, a.endsOnAfter, a.includedRevisionRoundsBefore, a.includedRevisionRoundsAfter,
                a.noticePeriodDaysBefore, a.noticePeriodDaysAfter);
    }
}
