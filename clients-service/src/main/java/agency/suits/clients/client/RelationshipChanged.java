package agency.suits.clients.client;

import java.util.UUID;

/**
 * Fired (synchronously, in the changing transaction) when something this service owns and health reads changes: an
 * interaction logged, a contract signed or renewed. Health reassesses the client in the same transaction, so its
 * score and status never wait for the periodic check.
 */
public record RelationshipChanged(UUID clientId) {
}
