package agency.suits.clients.inbound;

import agency.suits.clients.notification.NotificationDeliveryService;
import agency.suits.clients.notification.Notices;
import agency.suits.clients.webhook.WebhookFanOut;
import agency.suits.events.Topics;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.JobRequestReceived;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import agency.suits.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * suits.briefs, for notifications: a job request waiting for its brief, a brief gone to creative. Every event of the
 * topic also goes to the webhook subscriptions that want it (docs/webhooks.md).
 */
@Singleton
public class BriefsEventsConsumer extends InboxConsumer {

    BriefsEventsConsumer(Inbox inbox, NotificationDeliveryService notifications, WebhookFanOut webhooks) {
        super(inbox, Topics.BRIEFS, EventHandlers
                .on(JobRequestReceived.class, (request, event) -> notifications.deliver(Notices.of(request), event))
                .and(BriefSubmitted.class, (submitted, event) ->
                        notifications.deliver(Notices.of(submitted), event))
                .andEveryTypeOn(Topics.BRIEFS, (payload, event) -> webhooks.enqueue(event)));
    }

    @Incoming("briefs-events")
    @Blocking
    void on(ConsumerRecords<String, String> records) {
        receive(records);
    }
}
