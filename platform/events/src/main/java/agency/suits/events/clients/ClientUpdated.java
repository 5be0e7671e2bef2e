package agency.suits.events.clients;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The client's details after a change, complete, so a consumer replaces its copy; {@code changed} says what moved.
 * Subject: the client id. {@code updatedBy} is null when the system made the change (a health score crossing).
 */
public record ClientUpdated(
        UUID clientId,
        String clientCode,
        String name,
        String industry,
        ClientStatus status,
        List<ClientField> changed,
        UUID updatedBy,
        Instant updatedAt) implements EventPayload {

    public ClientUpdated {
        Invariants.required("clientId", clientId, "status", status, "updatedAt", updatedAt);
        Invariants.clientCode(clientCode);
        Invariants.text(name, "name");
        Invariants.optionalText(industry, "industry");
        changed = Invariants.nonEmpty(Invariants.distinct(changed, "changed"), "changed");
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
