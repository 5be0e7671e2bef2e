package agency.suits.clients.client;

import agency.suits.events.clients.ClientStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A client as the API shows it; {@code allowedTransitions} tells a frontend which status buttons to offer. */
public record ClientView(
        UUID id,
        String code,
        String name,
        String industry,
        ClientStatus status,
        List<ClientStatus> allowedTransitions,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static ClientView of(Client client) {
        return new ClientView(client.id, client.code, client.name, client.industry, client.status,
                ClientLifecycle.allowedFrom(client.status), client.createdBy, client.createdAt, client.updatedAt,
                client.version);
    }
}
