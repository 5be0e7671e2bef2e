package agency.suits.clients.contract;

import agency.suits.events.clients.ContractType;
import agency.suits.web.money.MoneyJson;

import java.time.LocalDate;
import java.util.UUID;

/** A contract coming up for renewal, with what the team needs to act on it. */
public record RenewalView(UUID contractId, UUID clientId, String clientCode, String clientName, ContractType type,
                          LocalDate endsOn, long daysLeft, LocalDate noticeWindowOpensOn, boolean noticeWindowOpen,
                          MoneyJson value) {
}
