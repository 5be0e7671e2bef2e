package agency.suits.clients.webhook;

import agency.suits.domain.time.AgencyClock;
import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;
import agency.suits.persistence.Rows;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Turns each event this service reads into one delivery per subscription that wants it. Runs inside the inbox's
 * transaction, so an event is queued for every subscription exactly when it is marked handled: a redelivered or
 * replayed event queues nothing, and a crash before the commit queues it on the next try. Paused subscriptions
 * still get their deliveries queued, to be sent when resumed.
 */
@ApplicationScoped
public class WebhookFanOut {

    private static final String WANTING = "select distinct s from WebhookSubscription s join s.eventTypes type "
            + "where type = ?1 and (s.clientId is null or s.clientId = ?2)";

    @Inject AgencyClock clock;
    @Inject DeliverySchedule schedule;

    public void enqueue(CloudEvent event) {
        UUID clientId = clientOf(event);
        List<WebhookSubscription> wanting = WebhookSubscription.<WebhookSubscription>find(WANTING, event.type(),
                clientId).list();
        if (wanting.isEmpty()) {
            return;
        }
        String body = EventJson.write(event);
        Instant now = clock.now();
        for (WebhookSubscription subscription : wanting) {
            if (Rows.exist(WebhookDelivery.class, "subscriptionId = ?1 and eventId = ?2", subscription.id,
                    event.id())) {
                continue;
            }
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID();
            delivery.subscriptionId = subscription.id;
            delivery.eventId = event.id();
            delivery.eventType = event.type();
            delivery.clientId = clientId;
            delivery.body = body;
            delivery.status = DeliveryStatus.PENDING;
            delivery.createdAt = now;
            delivery.nextAttemptAt = now;
            delivery.giveUpAt = schedule.giveUpAt(now);
            delivery.persist();
        }
    }

    /** Every Suits event names its client in {@code data.clientId}; the filter of a subscription is matched on it. */
    private static UUID clientOf(CloudEvent event) {
        JsonNode clientId = event.data().get("clientId");
        if (clientId == null || !clientId.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(clientId.asText());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
