package agency.suits.clients.inbound;

import agency.suits.clients.health.HealthService;
import agency.suits.clients.notification.NotificationDeliveryService;
import agency.suits.clients.notification.Notices;
import agency.suits.clients.health.SourceEvent;
import agency.suits.clients.webhook.WebhookFanOut;
import agency.suits.events.Topics;
import agency.suits.events.billing.BudgetRaised;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.events.billing.EstimateApproved;
import agency.suits.events.billing.InvoiceIssued;
import agency.suits.events.billing.InvoiceOverdue;
import agency.suits.events.billing.PayableApproved;
import agency.suits.events.billing.PaymentReceived;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import agency.suits.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * suits.billing, for relationship health (budgets used up, and raised again by an approved estimate or change order;
 * invoices overdue
 * and paid) and for the notifications of all of these, of invoices issued and of payables approved.
 * Every event of the topic also goes to the webhook subscriptions that want it (docs/webhooks.md).
 */
@Singleton
public class BillingEventsConsumer extends InboxConsumer {

    BillingEventsConsumer(Inbox inbox, HealthService health, NotificationDeliveryService notifications,
                          WebhookFanOut webhooks) {
        super(inbox, Topics.BILLING, EventHandlers
                .on(BudgetThresholdReached.class, (reached, event) ->
                        health.budgetThresholdReached(reached, SourceEvent.of(event)))
                .and(InvoiceOverdue.class, (overdue, event) -> health.invoiceOverdue(overdue, SourceEvent.of(event)))
                .and(PaymentReceived.class, (payment, event) -> health.paymentReceived(payment, SourceEvent.of(event)))
                .and(EstimateApproved.class, (approved, event) ->
                        health.estimateApproved(approved, SourceEvent.of(event)))
                .and(BudgetRaised.class, (raised, event) -> health.budgetRaised(raised, SourceEvent.of(event)))
                .and(BudgetThresholdReached.class, (reached, event) ->
                        notifications.deliver(Notices.of(reached), event))
                .and(InvoiceOverdue.class, (overdue, event) -> notifications.deliver(Notices.of(overdue), event))
                .and(PaymentReceived.class, (payment, event) -> notifications.deliver(Notices.of(payment), event))
                .and(EstimateApproved.class, (approved, event) ->
                        notifications.deliver(Notices.of(approved), event))
                .and(BudgetRaised.class, (raised, event) -> notifications.deliver(Notices.of(raised), event))
                .and(InvoiceIssued.class, (issued, event) -> notifications.deliver(Notices.of(issued), event))
                .and(PayableApproved.class, (approved, event) ->
                        notifications.deliver(Notices.of(approved), event))
                .andEveryTypeOn(Topics.BILLING, (payload, event) -> webhooks.enqueue(event)));
    }

    @Incoming("billing-events")
    @Blocking
    void on(ConsumerRecords<String, String> records) {
        receive(records);
    }
}
