package agency.suits.events.clients;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;

import java.time.Instant;
import java.util.UUID;

/** A new client (account). Subject: the client id. {@code industry} may be null. */
public record ClientRegistered(
        UUID clientId,
        String clientCode,
        String name,
        String industry,
        ClientStatus status,
        UUID registeredBy,
        Instant registeredAt) implements EventPayload {

    public ClientRegistered {
        Invariants.required("clientId", clientId, "status", status, "registeredBy", registeredBy,
                "registeredAt", registeredAt);
        Invariants.clientCode(clientCode);
        Invariants.text(name, "name");
        Invariants.optionalText(industry, "industry");
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
