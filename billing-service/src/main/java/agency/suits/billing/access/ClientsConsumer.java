package agency.suits.billing.access;

import agency.suits.accounts.AccountCopy;
import agency.suits.billing.budget.BriefsConsumer;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** suits.clients: keeps the local copy of clients and account teams that decides who sees whose billing. */
@ApplicationScoped
public class ClientsConsumer {

    private final Inbox inbox;
    private final EventHandlers handlers;

    ClientsConsumer(Inbox inbox, AccountCopy accountCopy) {
        this.inbox = inbox;
        this.handlers = accountCopy.handlers();
    }

    @Incoming("clients-events")
    @Blocking
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(BriefsConsumer.CONSUMER, record, handlers);
    }
}
