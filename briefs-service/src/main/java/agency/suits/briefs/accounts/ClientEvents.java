package agency.suits.briefs.accounts;

import agency.suits.accounts.AccountCopy;
import agency.suits.messaging.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the local copy of clients, teams and contracts that every access check and submission reads. */
@ApplicationScoped
public class ClientEvents {

    private final Inbox inbox;
    private final AccountCopy accountCopy;

    ClientEvents(Inbox inbox, AccountCopy accountCopy) {
        this.inbox = inbox;
        this.accountCopy = accountCopy;
    }

    @Incoming("clients-events")
    @Blocking
    void on(ConsumerRecord<String, String> record) {
        inbox.receive("briefs-service", record, accountCopy.handlers());
    }
}
