package agency.suits.clients.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * One notification as its recipient reads it; {@code readAt} is left out until they read it, {@code client} for one
 * about no single client (a supervisor's digest).
 */
@Schema(examples = """
        {"id": "0b6f3d2e-8c1a-4f7e-9a55-3c2d1e0f4a11", "kind": "CLIENT_AT_RISK",
         "client": {"id": "5f1c2b7a-3e4d-4c8b-9f60-1a2b3c4d5e6f", "name": "Acme Foods"},
         "happened": "The relationship health score fell from 72 to 48, below the threshold of 60; the biggest \
        reason: invoice INV-2026-0007 is 30 days overdue",
         "why": "The account's primary supervisor reports to you",
         "link": "/api/clients/5f1c2b7a-3e4d-4c8b-9f60-1a2b3c4d5e6f/health",
         "createdAt": "2026-03-02T09:15:00Z"}""")
public record NotificationView(UUID id, NotificationKind kind, @Schema(nullable = true) ClientRef client,
                               @Schema(maxLength = Notice.MAX_SUMMARY) String happened,
                               @Schema(maxLength = 200) String why,
                               @Schema(maxLength = 300) String link,
                               Instant createdAt,
                               @Schema(nullable = true) Instant readAt) {

    /** The client a notification is about; the name is left out if the client is unknown here. */
    public record ClientRef(UUID id, @Schema(nullable = true, maxLength = 200) String name) {
    }

    static NotificationView of(Notification n, String clientName) {
        return new NotificationView(n.id, n.kind, n.clientId == null ? null : new ClientRef(n.clientId, clientName),
                n.summary,
                n.reason.sentence(), n.link, n.createdAt, n.readAt);
    }
}
