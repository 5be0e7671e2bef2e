package agency.suits.clients.client;

import agency.suits.events.clients.ClientStatus;
import agency.suits.web.Identified;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client as the API shows it; {@code allowedTransitions} tells a frontend which status buttons to offer. A client
 * registered without an industry has none.
 */
public record ClientView(
        UUID id,
        String code,
        String name,
        @Schema(nullable = true) String industry,
        ClientStatus status,
        List<ClientStatus> allowedTransitions,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) implements Identified {

    static ClientView of(Client client) {
        return new ClientView(client.id, client.code, client.name, client.industry, client.status,
                ClientLifecycle.allowedFrom(client.status), client.createdBy, client.createdAt, client.updatedAt,
                client.version);
    }
}
