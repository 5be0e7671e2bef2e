package agency.suits.clients.interaction;

import java.time.Instant;
import java.util.UUID;

public record InteractionView(UUID id, UUID clientId, InteractionKind kind, Instant occurredAt, UUID contactId,
                              String participants, String note, UUID loggedBy, Instant loggedAt) {

    static InteractionView of(Interaction i) {
        return new InteractionView(i.id, i.clientId, i.kind, i.occurredAt, i.contactId, i.participants, i.note,
                i.loggedBy, i.loggedAt);
    }
}
