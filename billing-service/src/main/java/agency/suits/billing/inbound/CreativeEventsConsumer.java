package agency.suits.billing.inbound;

import agency.suits.billing.changeorder.ChangeOrderService;
import agency.suits.billing.invoice.InvoiceService;
import agency.suits.events.Topics;
import agency.suits.events.creative.CreativeApproved;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import agency.suits.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** suits.creative: approved work drafts the milestone invoice; a round beyond the contract a change order. */
@Singleton
public class CreativeEventsConsumer extends InboxConsumer {

    CreativeEventsConsumer(Inbox inbox, InvoiceService invoices, ChangeOrderService changeOrders) {
        super(inbox, Topics.CREATIVE, EventHandlers.on(CreativeApproved.class, invoices::draftMilestone)
                .and(RevisionLimitExceeded.class, changeOrders::draftForExtraRound));
    }

    @Incoming("creative-events")
    @Blocking
    void on(ConsumerRecords<String, String> records) {
        receive(records);
    }
}
