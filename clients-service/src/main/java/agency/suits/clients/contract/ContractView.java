package agency.suits.clients.contract;

import agency.suits.events.clients.ContractType;
import agency.suits.web.money.MoneyJson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ContractView(UUID id, UUID clientId, ContractType type, LocalDate startsOn, LocalDate endsOn,
                           MoneyJson value, RetainerJson retainer, int includedRevisionRounds, int noticePeriodDays,
                           LocalDate noticeWindowOpensOn, UUID renewsContractId, boolean renewed, UUID signedBy,
                           Instant signedAt, Instant renewalDueSentAt, long version) {

    static ContractView of(Contract c) {
        return new ContractView(c.id, c.clientId, c.type, c.startsOn, c.endsOn, MoneyJson.of(c.value()),
                RetainerJson.of(c.retainer()), c.includedRevisionRounds, c.noticePeriodDays, c.noticeWindowOpensOn(),
                c.renewsContractId, Contract.isRenewed(c.id), c.signedBy, c.signedAt, c.renewalDueSentAt, c.version);
    }
}
