package agency.suits.clients.interaction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A logged interaction; one with nobody from the client's contacts, or no other participants, leaves them out. */
public record InteractionView(UUID id, UUID clientId, InteractionKind kind, Instant occurredAt,
                              @Schema(nullable = true) UUID contactId,
                              @Schema(nullable = true) String participants, String note, UUID loggedBy,
                              Instant loggedAt) {

    static InteractionView of(Interaction i) {
        return new InteractionView(i.id, i.clientId, i.kind, i.occurredAt, i.contactId, i.participants, i.note,
                i.loggedBy, i.loggedAt);
    }
}
