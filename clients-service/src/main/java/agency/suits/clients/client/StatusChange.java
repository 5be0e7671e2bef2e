package agency.suits.clients.client;

import agency.suits.events.clients.ClientStatus;
import jakarta.validation.constraints.NotNull;

/** A move in the client's lifecycle. */
public record StatusChange(@NotNull ClientStatus status) {
}
