package agency.suits.clients.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One delivery in the log: where it stands and how its last try went. */
public record WebhookDeliveryView(
        UUID id,
        UUID subscriptionId,
        UUID eventId,
        String eventType,
        @Schema(nullable = true) UUID clientId,
        DeliveryStatus status,
        int attempts,
        Instant createdAt,
        @Schema(nullable = true) Instant nextAttemptAt,
        Instant giveUpAt,
        @Schema(nullable = true) Instant deliveredAt,
        @Schema(nullable = true) Integer lastStatusCode,
        @Schema(nullable = true) Long lastLatencyMs,
        @Schema(nullable = true) String lastError) {

    static WebhookDeliveryView of(WebhookDelivery delivery) {
        return new WebhookDeliveryView(delivery.id, delivery.subscriptionId, delivery.eventId, delivery.eventType,
                delivery.clientId, delivery.status, delivery.attempts, delivery.createdAt,
                delivery.status == DeliveryStatus.PENDING ? delivery.nextAttemptAt : null, delivery.giveUpAt,
                delivery.deliveredAt, delivery.lastStatusCode, delivery.lastLatencyMs, delivery.lastError);
    }
}
