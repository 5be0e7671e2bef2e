package agency.suits.clients.notification;

import java.util.UUID;

/** One person a notification goes to, and why. */
public record Recipient(UUID staffId, RecipientReason reason) {
}
