package agency.suits.messaging.proof;

import agency.suits.events.clients.ClientField;
import agency.suits.events.clients.ClientStatus;
import agency.suits.events.clients.ClientUpdated;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Test data: a client rename is the simplest real event to push through the pipes. */
public final class ClientUpdates {

    private ClientUpdates() {
    }

    public static ClientUpdated renamed(UUID clientId, String newName) {
        return new ClientUpdated(clientId, "ACME", newName, "Beverages", ClientStatus.ACTIVE,
                List.of(ClientField.NAME), UUID.randomUUID(), Instant.now());
    }
}
