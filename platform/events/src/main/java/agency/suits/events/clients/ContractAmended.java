package agency.suits.events.clients;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;
import agency.suits.events.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A signed contract's terms were amended from {@code effectiveOn}. Like ContractSigned it carries the contract's
 * whole terms after the amendment, so a consumer replaces its copy rather than patching it; {@code changed} names the
 * terms the amendment changed. Subject: the client id.
 */
public record ContractAmended(
        UUID contractId,
        UUID clientId,
        UUID amendmentId,
        ContractType contractType,
        LocalDate startsOn,
        LocalDate endsOn,
        Money value,
        int includedRevisionRounds,
        int noticePeriodDays,
        LocalDate effectiveOn,
        List<ContractTerm> changed,
        String reason,
        UUID amendedBy,
        Instant amendedAt) implements EventPayload {

    public ContractAmended {
        Invariants.required("contractId", contractId, "clientId", clientId, "amendmentId", amendmentId,
                "contractType", contractType, "startsOn", startsOn, "endsOn", endsOn, "value", value,
                "effectiveOn", effectiveOn, "amendedBy", amendedBy, "amendedAt", amendedAt);
        if (!endsOn.isAfter(startsOn)) {
            throw new IllegalArgumentException("a contract ends after it starts");
        }
        if (effectiveOn.isBefore(startsOn) || effectiveOn.isAfter(endsOn)) {
            throw new IllegalArgumentException("an amendment takes effect while the contract runs");
        }
        Invariants.atLeast(includedRevisionRounds, 0, "includedRevisionRounds");
        Invariants.atLeast(noticePeriodDays, 0, "noticePeriodDays");
        changed = Invariants.distinct(Invariants.nonEmpty(changed, "changed"), "changed");
        Invariants.text(reason, "reason");
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
