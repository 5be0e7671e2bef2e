package agency.suits.clients.client;

import agency.suits.events.clients.ClientStatus;

import java.util.UUID;

/** The optional filters of the client list; null means "any". {@code q} searches name and code. */
public record ClientFilter(ClientStatus status, String industry, UUID teamMember, String q) {
}
