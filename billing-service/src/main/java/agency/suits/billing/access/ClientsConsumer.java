package agency.suits.billing.access;

import agency.suits.accounts.AccountCopy;
import agency.suits.billing.budget.BriefsConsumer;
import agency.suits.billing.retainer.Retainers;
import agency.suits.events.clients.ContractSigned;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * suits.clients: keeps the local copy of clients and account teams that decides who sees whose billing, and the
 * terms of retainer contracts (the copy's ContractSigned handler and ours run in one transaction).
 */
@ApplicationScoped
public class ClientsConsumer {

    private final Inbox inbox;
    private final EventHandlers handlers;

    ClientsConsumer(Inbox inbox, AccountCopy accountCopy, Retainers retainers) {
        this.inbox = inbox;
        this.handlers = accountCopy.handlers().and(ContractSigned.class, retainers::record);
    }

    @Incoming("clients-events")
    @Blocking
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(BriefsConsumer.CONSUMER, record, handlers);
    }
}
