package agency.suits.clients.inbound;

import agency.suits.clients.health.HealthService;
import agency.suits.clients.health.SourceEvent;
import agency.suits.events.Topics;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.events.billing.EstimateApproved;
import agency.suits.events.billing.InvoiceOverdue;
import agency.suits.events.billing.PaymentReceived;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import agency.suits.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * suits.billing, for relationship health: budgets used up and raised again (an approved estimate), invoices overdue
 * and paid.
 */
@Singleton
public class BillingEventsConsumer extends InboxConsumer {

    BillingEventsConsumer(Inbox inbox, HealthService health) {
        super(inbox, Topics.BILLING, EventHandlers
                .on(BudgetThresholdReached.class, (reached, event) ->
                        health.budgetThresholdReached(reached, SourceEvent.of(event)))
                .and(InvoiceOverdue.class, (overdue, event) -> health.invoiceOverdue(overdue, SourceEvent.of(event)))
                .and(PaymentReceived.class, (payment, event) -> health.paymentReceived(payment, SourceEvent.of(event)))
                .and(EstimateApproved.class, (approved, event) ->
                        health.estimateApproved(approved, SourceEvent.of(event))));
    }

    @Incoming("billing-events")
    @Blocking
    void on(ConsumerRecord<String, String> record) {
        receive(record);
    }
}
