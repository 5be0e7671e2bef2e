package agency.suits.accounts;

import agency.suits.events.Topics;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import agency.suits.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * suits.clients, read once per service that keeps the account copy: the copy's handlers first, then whatever the
 * service itself does with a clients event ({@link ClientEventReactions}), all in the inbox's one transaction.
 * The channel's settings are this library's defaults (META-INF/microprofile-config.properties).
 */
@Singleton
public class ClientEventsConsumer extends InboxConsumer {

    ClientEventsConsumer(Inbox inbox, AccountCopy copy, Instance<ClientEventReactions> reactions) {
        super(inbox, Topics.CLIENTS, withReactions(copy.handlers(), reactions));
    }

    @Incoming("clients-events")
    @Blocking
    void on(ConsumerRecords<String, String> records) {
        receive(records);
    }

    private static EventHandlers withReactions(EventHandlers handlers, Instance<ClientEventReactions> reactions) {
        EventHandlers all = handlers;
        for (ClientEventReactions reaction : reactions) {
            all = reaction.addTo(all);
        }
        return all;
    }
}
