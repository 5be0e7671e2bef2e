package agency.suits.clients.inbound;

import agency.suits.clients.health.HealthService;
import agency.suits.clients.notification.NotificationDeliveryService;
import agency.suits.clients.notification.Notices;
import agency.suits.clients.health.SourceEvent;
import agency.suits.clients.webhook.WebhookFanOut;
import agency.suits.events.Topics;
import agency.suits.events.creative.CreativeJobOpened;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.events.creative.WorkPresented;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import agency.suits.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * suits.creative: the client's decisions on the work and rounds beyond the contract, for relationship health, and
 * jobs opened, work presented, rejections and rounds beyond the contract, for notifications.
 * Every event of the topic also goes to the webhook subscriptions that want it (docs/webhooks.md).
 */
@Singleton
public class CreativeEventsConsumer extends InboxConsumer {

    CreativeEventsConsumer(Inbox inbox, HealthService health, NotificationDeliveryService notifications,
                           WebhookFanOut webhooks) {
        super(inbox, Topics.CREATIVE, EventHandlers
                .on(FeedbackReturned.class, (feedback, event) ->
                        health.feedbackReturned(feedback, SourceEvent.of(event)))
                .and(RevisionLimitExceeded.class, (exceeded, event) ->
                        health.revisionLimitExceeded(exceeded, SourceEvent.of(event)))
                .and(FeedbackReturned.class, (feedback, event) ->
                        Notices.of(feedback).ifPresent(notice -> notifications.deliver(notice, event)))
                .and(RevisionLimitExceeded.class, (exceeded, event) ->
                        notifications.deliver(Notices.of(exceeded), event))
                .and(CreativeJobOpened.class, (opened, event) -> notifications.deliver(Notices.of(opened), event))
                .and(WorkPresented.class, (presented, event) ->
                        notifications.deliver(Notices.of(presented), event))
                .andEveryTypeOn(Topics.CREATIVE, (payload, event) -> webhooks.enqueue(event)));
    }

    @Incoming("creative-events")
    @Blocking
    void on(ConsumerRecords<String, String> records) {
        receive(records);
    }
}
