package agency.suits.messaging.inbox;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventType;
import agency.suits.events.clients.ClientUpdated;
import agency.suits.messaging.proof.ClientUpdates;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventHandlersTest {

    private static final String CLIENT_UPDATED = EventType.forPayload(ClientUpdated.class).type();

    @Test
    void runsEveryHandlerOfATypeInTheOrderTheyWereAdded() {
        List<String> calls = new ArrayList<>();
        EventHandlers handlers = EventHandlers.on(ClientUpdated.class, event -> calls.add("copy " + event.name()))
                .and(ClientUpdated.class, event -> calls.add("own " + event.name()));

        ClientUpdated renamed = ClientUpdates.renamed(UUID.randomUUID(), "Acme");
        handlers.forType(CLIENT_UPDATED).orElseThrow().apply(renamed, CloudEvent.of("/suits/test", renamed));

        assertEquals(List.of("copy Acme", "own Acme"), calls);
    }

    @Test
    void aHandlerThatNeedsTheEnvelopeGetsIt() {
        List<String> calls = new ArrayList<>();
        EventHandlers handlers = EventHandlers.on(ClientUpdated.class,
                (event, envelope) -> calls.add(event.name() + " " + envelope.id()));
        ClientUpdated renamed = ClientUpdates.renamed(UUID.randomUUID(), "Acme");
        CloudEvent envelope = CloudEvent.of("/suits/test", renamed);

        handlers.forType(CLIENT_UPDATED).orElseThrow().apply(renamed, envelope);

        assertEquals(List.of("Acme " + envelope.id()), calls);
    }

    @Test
    void hasNothingForTypesNobodyHandles() {
        EventHandlers handlers = EventHandlers.on(ClientUpdated.class, event -> { });

        assertTrue(handlers.forType("agency.suits.ClientRegistered.v1").isEmpty());
    }
}
