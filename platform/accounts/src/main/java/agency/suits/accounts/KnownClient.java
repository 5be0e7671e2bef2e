package agency.suits.accounts;

import agency.suits.events.clients.ClientStatus;

import java.util.Optional;
import java.util.UUID;

/** A client as this service knows it from clients-service's events. */
public record KnownClient(UUID id, String code, String name, ClientStatus status, CurrentContract contract) {

    public boolean isActive() {
        return status == ClientStatus.ACTIVE;
    }

    /** Absent until a ContractSigned for the client has arrived. */
    public Optional<CurrentContract> currentContract() {
        return Optional.ofNullable(contract);
    }
}
