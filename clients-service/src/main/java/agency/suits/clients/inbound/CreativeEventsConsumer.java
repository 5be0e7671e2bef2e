package agency.suits.clients.inbound;

import agency.suits.clients.health.HealthService;
import agency.suits.clients.health.SourceEvent;
import agency.suits.events.Topics;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import agency.suits.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** suits.creative: the client's decisions on the work, and rounds beyond the contract, for relationship health. */
@Singleton
public class CreativeEventsConsumer extends InboxConsumer {

    CreativeEventsConsumer(Inbox inbox, HealthService health) {
        super(inbox, Topics.CREATIVE, EventHandlers
                .on(FeedbackReturned.class, (feedback, event) ->
                        health.feedbackReturned(feedback, SourceEvent.of(event)))
                .and(RevisionLimitExceeded.class, (exceeded, event) ->
                        health.revisionLimitExceeded(exceeded, SourceEvent.of(event))));
    }

    @Incoming("creative-events")
    @Blocking
    void on(ConsumerRecord<String, String> record) {
        receive(record);
    }
}
