package agency.suits.events.clients;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;
import agency.suits.events.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract has entered its notice window ({@code noticeWindowOpensOn} = {@code endsOn} minus the notice period)
 * and the team must decide on renewal. Published once per contract. Subject: the client id.
 */
public record ContractRenewalDue(
        UUID contractId,
        UUID clientId,
        ContractType contractType,
        Money value,
        LocalDate endsOn,
        LocalDate noticeWindowOpensOn,
        int noticePeriodDays,
        Instant detectedAt) implements EventPayload {

    public ContractRenewalDue {
        Invariants.required("contractId", contractId, "clientId", clientId, "contractType", contractType,
                "value", value, "endsOn", endsOn, "noticeWindowOpensOn", noticeWindowOpensOn, "detectedAt", detectedAt);
        Invariants.atLeast(noticePeriodDays, 0, "noticePeriodDays");
        if (!noticeWindowOpensOn.plusDays(noticePeriodDays).equals(endsOn)) {
            throw new IllegalArgumentException("the notice window opens noticePeriodDays before the contract ends");
        }
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
