package agency.suits.events.clients;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract was ended early: its last day is now {@code endsOn}, before the {@code previouslyEndsOn} it was signed
 * (or amended) to run to. Nothing of it is in force after {@code endsOn}. Subject: the client id.
 */
public record ContractTerminated(
        UUID contractId,
        UUID clientId,
        ContractType contractType,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate previouslyEndsOn,
        String reason,
        UUID terminatedBy,
        Instant terminatedAt) implements EventPayload {

    public ContractTerminated {
        Invariants.required("contractId", contractId, "clientId", clientId, "contractType", contractType,
                "startsOn", startsOn, "endsOn", endsOn, "previouslyEndsOn", previouslyEndsOn,
                "terminatedBy", terminatedBy, "terminatedAt", terminatedAt);
        if (endsOn.isBefore(startsOn) || endsOn.isAfter(previouslyEndsOn)) {
            throw new IllegalArgumentException("a termination ends the contract on a day it runs");
        }
        Invariants.text(reason, "reason");
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
