package agency.suits.clients.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as admins see it; the secret is never shown again after its creation. */
public record WebhookSubscriptionView(
        UUID id,
        String targetUrl,
        List<String> eventTypes,
        @Schema(nullable = true) UUID clientId,
        @Schema(nullable = true) String description,
        SubscriptionStatus status,
        int consecutiveFailures,
        @Schema(nullable = true) String pausedReason,
        @Schema(nullable = true) Instant pausedAt,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt) {

    static WebhookSubscriptionView of(WebhookSubscription subscription) {
        return new WebhookSubscriptionView(subscription.id, subscription.targetUrl,
                List.copyOf(subscription.eventTypes), subscription.clientId, subscription.description,
                subscription.status, subscription.consecutiveFailures, subscription.pausedReason,
                subscription.pausedAt, subscription.createdBy, subscription.createdAt, subscription.updatedAt);
    }
}
