package agency.suits.creative.inbound;

import agency.suits.creative.job.CreativeJobService;
import agency.suits.creative.job.ScheduleService;
import agency.suits.events.Topics;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.BriefWithdrawn;
import agency.suits.events.briefs.ScheduleChanged;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import agency.suits.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** suits.briefs: submitted briefs open creative jobs, withdrawn ones cancel them, traffic's schedule dates them. */
@Singleton
public class BriefEventsConsumer extends InboxConsumer {

    BriefEventsConsumer(Inbox inbox, CreativeJobService jobs, ScheduleService schedules) {
        super(inbox, Topics.BRIEFS, EventHandlers.on(BriefSubmitted.class, jobs::open)
                .and(BriefWithdrawn.class, jobs::withdraw)
                .and(ScheduleChanged.class, schedules::reschedule));
    }

    @Incoming("briefs-events")
    @Blocking
    void on(ConsumerRecords<String, String> records) {
        receive(records);
    }
}
