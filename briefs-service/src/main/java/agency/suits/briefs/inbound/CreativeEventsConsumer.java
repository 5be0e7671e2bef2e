package agency.suits.briefs.inbound;

import agency.suits.briefs.jobrequest.CreativeProgressService;
import agency.suits.events.Topics;
import agency.suits.events.creative.CreativeApproved;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import agency.suits.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** suits.creative: the rounds, decisions and approval of each job's creative work, applied once by the inbox. */
@Singleton
public class CreativeEventsConsumer extends InboxConsumer {

    CreativeEventsConsumer(Inbox inbox, CreativeProgressService progress) {
        super(inbox, Topics.CREATIVE, EventHandlers.on(FeedbackReturned.class, progress::feedbackReturned)
                .and(CreativeApproved.class, progress::creativeApproved));
    }

    @Incoming("creative-events")
    @Blocking
    void on(ConsumerRecords<String, String> records) {
        receive(records);
    }
}
