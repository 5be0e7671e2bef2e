package agency.suits.accounts;

import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * suits.clients, read once per service that keeps the account copy: the copy's handlers first, then whatever the
 * service itself does with a clients event ({@link ClientEventReactions}), all in the inbox's one transaction.
 * The channel's settings are this library's defaults (META-INF/microprofile-config.properties).
 */
@ApplicationScoped
public class ClientEventsConsumer {

    private final Inbox inbox;
    private final EventHandlers handlers;

    ClientEventsConsumer(Inbox inbox, AccountCopy copy, Instance<ClientEventReactions> reactions) {
        this.inbox = inbox;
        EventHandlers handlers = copy.handlers();
        for (ClientEventReactions reaction : reactions) {
            handlers = reaction.addTo(handlers);
        }
        this.handlers = handlers;
    }

    @Incoming("clients-events")
    @Blocking
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, handlers);
    }
}
