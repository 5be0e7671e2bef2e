package agency.suits.billing.invoice;

import agency.suits.billing.budget.BriefsConsumer;
import agency.suits.billing.changeorder.ChangeOrders;
import agency.suits.events.creative.CreativeApproved;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** suits.creative: approved work drafts the milestone invoice; a round beyond the contract a change order. */
@ApplicationScoped
public class CreativeConsumer {

    private final Inbox inbox;
    private final EventHandlers handlers;

    CreativeConsumer(Inbox inbox, Invoices invoices, ChangeOrders changeOrders) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(CreativeApproved.class, invoices::draftMilestone)
                .and(RevisionLimitExceeded.class, changeOrders::draftForExtraRound);
    }

    @Incoming("creative-events")
    @Blocking
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(BriefsConsumer.CONSUMER, record, handlers);
    }
}
