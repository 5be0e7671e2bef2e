package agency.suits.events.clients;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;
import agency.suits.events.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A signed contract, new or renewing another ({@code renewsContractId}, else null). {@code retainer} is present
 * exactly for RETAINER contracts. {@code includedRevisionRounds} counts per deliverable. Subject: the client id,
 * so contracts stay in order with the client's other events.
 */
public record ContractSigned(
        UUID contractId,
        UUID clientId,
        ContractType contractType,
        LocalDate startsOn,
        LocalDate endsOn,
        Money value,
        RetainerTerms retainer,
        int includedRevisionRounds,
        int noticePeriodDays,
        UUID renewsContractId,
        UUID signedBy,
        Instant signedAt) implements EventPayload {

    public ContractSigned {
        Invariants.required("contractId", contractId, "clientId", clientId, "contractType", contractType,
                "startsOn", startsOn, "endsOn", endsOn, "value", value, "signedBy", signedBy, "signedAt", signedAt);
        if (!endsOn.isAfter(startsOn)) {
            throw new IllegalArgumentException("a contract ends after it starts");
        }
        if ((contractType == ContractType.RETAINER) != (retainer != null)) {
            throw new IllegalArgumentException("retainer terms are given for retainer contracts and only for them");
        }
        Invariants.atLeast(includedRevisionRounds, 0, "includedRevisionRounds");
        Invariants.atLeast(noticePeriodDays, 0, "noticePeriodDays");
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
