package agency.suits.creative.inbound;

import agency.suits.creative.job.CreativeJobService;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.BriefWithdrawn;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** suits.briefs: submitted briefs open creative jobs; withdrawn ones cancel them. */
@ApplicationScoped
public class BriefEventsConsumer {

    private final Inbox inbox;
    private final EventHandlers handlers;

    BriefEventsConsumer(Inbox inbox, CreativeJobService jobs) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(BriefSubmitted.class, jobs::open).and(BriefWithdrawn.class, jobs::withdraw);
    }

    @Incoming("briefs-events")
    @Blocking
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, handlers);
    }
}
