package agency.suits.clients.health;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.events.billing.InvoiceOverdue;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/** Listens to the creative and billing services for what tells the account team a relationship is going wrong. */
@ApplicationScoped
public class HealthConsumer {

    static final String CONSUMER = "clients-service";

    private final Inbox inbox;
    private final HealthService health;

    HealthConsumer(Inbox inbox, HealthService health) {
        this.inbox = inbox;
        this.health = health;
    }

    @Incoming("creative-events")
    @Blocking
    void onCreative(ConsumerRecord<String, String> record) {
        SourceEvent source = sourceOf(record);
        HealthRules rules = health.rules();
        inbox.receive(CONSUMER, record, EventHandlers
                .on(FeedbackReturned.class, feedback -> health.observe(feedback.clientId(),
                        rules.fromFeedback(feedback, source), feedback.supersedesFeedbackId() == null ? null
                                : feedback.supersedesFeedbackId().toString()))
                .and(RevisionLimitExceeded.class, exceeded -> health.observe(exceeded.clientId(),
                        List.of(rules.fromRevisionLimit(exceeded, source)))));
    }

    @Incoming("billing-events")
    @Blocking
    void onBilling(ConsumerRecord<String, String> record) {
        SourceEvent source = sourceOf(record);
        HealthRules rules = health.rules();
        inbox.receive(CONSUMER, record, EventHandlers
                .on(BudgetThresholdReached.class, reached -> health.observe(reached.clientId(),
                        rules.fromBudget(reached, source).stream().toList()))
                .and(InvoiceOverdue.class, overdue -> health.observe(overdue.clientId(),
                        List.of(rules.fromOverdue(overdue, source)))));
    }

    /** The envelope's id and type; the inbox reads the record again and dead-letters it if it cannot. */
    private static SourceEvent sourceOf(ConsumerRecord<String, String> record) {
        try {
            CloudEvent event = EventJson.read(record.value() == null ? "" : record.value());
            return new SourceEvent(event.id(), event.type());
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
