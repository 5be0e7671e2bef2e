package agency.suits.clients.inbound;

import agency.suits.clients.notification.NotificationDeliveryService;
import agency.suits.clients.notification.Notices;
import agency.suits.clients.webhook.WebhookFanOut;
import agency.suits.events.Topics;
import agency.suits.events.clients.ClientAtRisk;
import agency.suits.events.clients.ContractRenewalDue;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import agency.suits.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * suits.clients, this service's own topic, for notifications: a client at risk, a contract to renew. Read back from
 * the topic rather than told in the publishing transaction, so that the notifications are applied (and
 * deduplicated) exactly as every other service applies these events, and a replayed topic adds nothing.
 * Every event of the topic also goes to the webhook subscriptions that want it (docs/webhooks.md).
 */
@Singleton
public class ClientsEventsConsumer extends InboxConsumer {

    ClientsEventsConsumer(Inbox inbox, NotificationDeliveryService notifications, WebhookFanOut webhooks) {
        super(inbox, Topics.CLIENTS, EventHandlers
                .on(ClientAtRisk.class, (risk, event) -> notifications.deliver(Notices.of(risk), event))
                .and(ContractRenewalDue.class, (due, event) -> notifications.deliver(Notices.of(due), event))
                .andEveryTypeOn(Topics.CLIENTS, (payload, event) -> webhooks.enqueue(event)));
    }

    @Incoming("clients-events")
    @Blocking
    void on(ConsumerRecords<String, String> records) {
        receive(records);
    }
}
