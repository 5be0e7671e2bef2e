package agency.suits.billing.inbound;

import agency.suits.billing.budget.JobBudgetService;
import agency.suits.events.Topics;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import agency.suits.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** suits.briefs: a submitted brief opens (or, while provisional, moves) the job's budget. */
@Singleton
public class BriefEventsConsumer extends InboxConsumer {

    BriefEventsConsumer(Inbox inbox, JobBudgetService budgets) {
        super(inbox, Topics.BRIEFS, EventHandlers.on(BriefSubmitted.class, budgets::open));
    }

    @Incoming("briefs-events")
    @Blocking
    void on(ConsumerRecord<String, String> record) {
        receive(record);
    }
}
