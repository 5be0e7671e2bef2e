package agency.suits.billing.inbound;

import agency.suits.billing.budget.JobBudgetService;
import agency.suits.events.Topics;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.BriefWithdrawn;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import agency.suits.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * suits.briefs: a submitted brief opens (or, while provisional, moves; after a withdrawal, reopens) the job's budget,
 * and a withdrawn one closes it to new bookings.
 */
@Singleton
public class BriefEventsConsumer extends InboxConsumer {

    BriefEventsConsumer(Inbox inbox, JobBudgetService budgets) {
        super(inbox, Topics.BRIEFS, EventHandlers.on(BriefSubmitted.class, budgets::open)
                .and(BriefWithdrawn.class, budgets::close));
    }

    @Incoming("briefs-events")
    @Blocking
    void on(ConsumerRecords<String, String> records) {
        receive(records);
    }
}
