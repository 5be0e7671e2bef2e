package agency.suits.clients.contract;

import agency.suits.events.clients.ContractType;
import agency.suits.web.Identified;
import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A signed contract, with the terms in force now (after any amendment). A project has no retainer terms, a first
 * contract renews none, renewalDueSentAt is set only once ContractRenewalDue has gone out, and terminatedOn with its
 * reason only once the contract was ended early: each is left out while it has nothing in it.
 */
public record ContractView(UUID id, UUID clientId, ContractType type, LocalDate startsOn, LocalDate endsOn,
                           MoneyJson value, @Schema(nullable = true) RetainerJson retainer, int includedRevisionRounds,
                           int noticePeriodDays, LocalDate noticeWindowOpensOn,
                           @Schema(nullable = true) UUID renewsContractId, boolean renewed, UUID signedBy,
                           Instant signedAt, @Schema(nullable = true) Instant renewalDueSentAt,
                           @Schema(nullable = true) LocalDate terminatedOn,
                           @Schema(nullable = true) String terminationReason, long version)
        implements Identified {

    static ContractView of(Contract c) {
        return new ContractView(c.id, c.clientId, c.type, c.startsOn, c.endsOn, MoneyJson.of(c.value()),
                RetainerJson.of(c.retainer()), c.includedRevisionRounds, c.noticePeriodDays, c.noticeWindowOpensOn(),
                c.renewsContractId, Contract.isRenewed(c.id), c.signedBy, c.signedAt, c.renewalDueSentAt,
                c.terminatedOn, c.terminationReason, c.version);
    }
}
