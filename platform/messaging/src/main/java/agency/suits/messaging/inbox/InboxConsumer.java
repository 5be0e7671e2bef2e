package agency.suits.messaging.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A service's consumer of one topic: the topic, what it does with each event type, and the hand-over of every
 * record to the {@link Inbox}. The inbox also needs the handlers without a record, to retry the events it parked
 * (after a restart, too), and creates the consumer's dead-letter topic at start-up.
 *
 * <pre>{@code
 * @Singleton
 * public class BriefEventsConsumer extends InboxConsumer {
 *     BriefEventsConsumer(Inbox inbox, JobBudgetService budgets) {
 *         super(inbox, Topics.BRIEFS, EventHandlers.on(BriefSubmitted.class, budgets::open));
 *     }
 *     @Incoming("briefs-events") @Blocking
 *     void on(ConsumerRecords<String, String> records) {
 *         receive(records);
 *     }
 * }
 * }</pre>
 * A consumer is a {@code @Singleton}: created once, at start-up, with nothing to proxy. It takes the records of a
 * poll together ({@code ConsumerRecords} makes the channel a batch channel), so that the inbox can apply them in one
 * transaction.
 */
public abstract class InboxConsumer {

    private final Inbox inbox;
    private final String topic;
    private final EventHandlers handlers;

    protected InboxConsumer(Inbox inbox, String topic, EventHandlers handlers) {
        this.inbox = inbox;
        this.topic = topic;
        this.handlers = handlers;
    }

    public String topic() {
        return topic;
    }

    public EventHandlers handlers() {
        return handlers;
    }

    /** Applies each record once, or parks it; see {@link Inbox}. */
    protected void receive(Iterable<ConsumerRecord<String, String>> records) {
        inbox.receive(records, handlers);
    }
}
