package agency.suits.creative.inbound;

import agency.suits.accounts.AccountCopy;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the local copy of clients and account teams that decides who sees which client's jobs. */
@ApplicationScoped
public class ClientEvents {

    private final Inbox inbox;
    private final EventHandlers handlers;

    ClientEvents(Inbox inbox, AccountCopy accounts) {
        this.inbox = inbox;
        this.handlers = accounts.handlers();
    }

    @Incoming("clients-events")
    @Blocking
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(BriefEvents.CONSUMER, record, handlers);
    }
}
