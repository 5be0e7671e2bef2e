package agency.suits.billing.budget;

import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** suits.briefs: a submitted brief opens (or, while provisional, moves) the job's budget. */
@ApplicationScoped
public class BriefsConsumer {

    public static final String CONSUMER = "billing-service";

    private final Inbox inbox;
    private final EventHandlers handlers;

    BriefsConsumer(Inbox inbox, JobBudgets budgets) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(BriefSubmitted.class, budgets::open);
    }

    @Incoming("briefs-events")
    @Blocking
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, handlers);
    }
}
