package agency.suits.messaging.proof;

import agency.suits.events.CloudEvent;
import agency.suits.events.clients.ClientUpdated;
import agency.suits.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Stands in for a service's application service: a transaction that records an event with its change. */
@ApplicationScoped
public class ClientChanges {

    private final Outbox outbox;

    ClientChanges(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public CloudEvent update(ClientUpdated change) {
        return outbox.record(change);
    }

    @Transactional
    public void updateThenFail(ClientUpdated change) {
        outbox.record(change);
        throw new IllegalStateException("the business change failed after the event was recorded");
    }
}
