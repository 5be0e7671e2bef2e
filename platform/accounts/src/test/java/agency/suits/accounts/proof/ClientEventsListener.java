package agency.suits.accounts.proof;

import agency.suits.accounts.AccountCopy;
import agency.suits.messaging.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** What a service that copies accounts writes: its clients-events channel feeding the copy. */
@ApplicationScoped
public class ClientEventsListener {

    private final Inbox inbox;
    private final AccountCopy accountCopy;

    ClientEventsListener(Inbox inbox, AccountCopy accountCopy) {
        this.inbox = inbox;
        this.accountCopy = accountCopy;
    }

    @Incoming("clients-events")
    @Blocking
    void on(ConsumerRecord<String, String> record) {
        inbox.receive("accounts-proof", record, accountCopy.handlers());
    }
}
