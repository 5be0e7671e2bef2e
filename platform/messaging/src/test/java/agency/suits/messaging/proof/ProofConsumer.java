package agency.suits.messaging.proof;

import agency.suits.events.Topics;
import agency.suits.events.clients.ClientUpdated;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import agency.suits.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer as a service writes one: suits.clients through the inbox, into the proof's effects. */
@Singleton
public class ProofConsumer extends InboxConsumer {

    /** The inbox names its consumer after the application (quarkus.application.name of the proof app). */
    public static final String CONSUMER = "messaging-proof";

    ProofConsumer(Inbox inbox, AppliedEffects effects) {
        super(inbox, Topics.CLIENTS, EventHandlers.on(ClientUpdated.class, effects::apply));
    }

    @Incoming("clients-events")
    @Blocking
    void on(ConsumerRecords<String, String> records) {
        receive(records);
    }
}
