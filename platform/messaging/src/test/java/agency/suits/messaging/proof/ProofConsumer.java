package agency.suits.messaging.proof;

import agency.suits.events.clients.ClientUpdated;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class ProofConsumer {

    public static final String CONSUMER = "proof";

    private final Inbox inbox;
    private final EventHandlers handlers;

    ProofConsumer(Inbox inbox, AppliedEffects effects) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(ClientUpdated.class, effects::apply);
    }

    @Incoming("clients-events")
    @Blocking
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, handlers);
    }
}
