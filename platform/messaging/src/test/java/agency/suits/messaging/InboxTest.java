package agency.suits.messaging;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.clients.ClientRegistered;
import agency.suits.messaging.proof.AppliedEffects;
import agency.suits.messaging.proof.ProofConsumer;
import agency.suits.testing.TopicProbe;
import agency.suits.testing.TopicProducer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static agency.suits.messaging.proof.ClientUpdates.renamed;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class InboxTest {

    private static final String DEAD_LETTERS = Topics.CLIENTS + "." + ProofConsumer.CONSUMER + ".dlt";

    @Inject
    AppliedEffects effects;

    @Test
    void redeliveredEventIsAppliedOnce() throws Exception {
        UUID client = UUID.randomUUID();
        CloudEvent event = CloudEvent.of("/suits/test", renamed(client, "delivered twice"));
        TopicProducer.send(Topics.CLIENTS, client.toString(), EventJson.write(event));
        TopicProducer.send(Topics.CLIENTS, client.toString(), EventJson.write(event));
        // a later event on the same partition: once it is applied, both copies before it have been handled
        publish(client, "after the duplicate");

        awaitApplied("after the duplicate");
        assertEquals(1, effects.timesApplied("delivered twice"));
    }

    @Test
    void poisonEventGoesToDeadLetterTopicAfterBoundedTriesAndLaterEventsStillFlow() throws Exception {
        UUID client = UUID.randomUUID();
        String poison = AppliedEffects.POISON + "-" + client;
        try (TopicProbe deadLetters = TopicProbe.watching(DEAD_LETTERS)) {
            CloudEvent poisonEvent = publish(client, poison);
            publish(client, "behind the poison");

            awaitApplied("behind the poison");
            assertEquals(3, effects.tries(poison), "tried exactly max-attempts times");
            assertEquals(0, effects.timesApplied(poison));

            deadLetters.awaitEvent(poisonEvent.type(), e -> e.path("id").asText().equals(poisonEvent.id().toString()),
                    Duration.ofSeconds(20));
            ConsumerRecord<String, String> parked = deadLetters.records().stream()
                    .filter(r -> client.toString().equals(r.key())).findFirst().orElseThrow();
            assertEquals(client.toString(), parked.key());
            assertEquals("3", header(parked, "dlt-attempts"));
            assertEquals(Topics.CLIENTS, header(parked, "dlt-original-topic"));
        }
    }

    @Test
    void unreadableRecordIsDeadLetteredAtOnceAndDoesNotBlockThePartition() throws Exception {
        UUID client = UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.watching(DEAD_LETTERS)) {
            TopicProducer.send(Topics.CLIENTS, client.toString(), "{not json");
            publish(client, "behind the garbage");

            awaitApplied("behind the garbage");
            long deadline = System.currentTimeMillis() + 20_000;
            while (deadLetters.records().stream().noneMatch(r -> "{not json".equals(r.value()))
                    && System.currentTimeMillis() < deadline) {
                deadLetters.eventsAfterWaiting("none", e -> false, Duration.ofMillis(200));
            }
            ConsumerRecord<String, String> parked = deadLetters.records().stream()
                    .filter(r -> "{not json".equals(r.value())).findFirst().orElseThrow();
            assertEquals("0", header(parked, "dlt-attempts"));
        }
    }

    @Test
    void recordWhoseHeaderNamesATypeNotHandledIsPassedOverUnread() throws Exception {
        UUID client = UUID.randomUUID();
        String registered = EventType.forPayload(ClientRegistered.class).type();
        TopicProducer.send(Topics.CLIENTS, client.toString(), "{not json", Map.of(CloudEvent.TYPE_HEADER, registered));
        CloudEvent handled = CloudEvent.of("/suits/test", renamed(client, "announced and handled"));
        TopicProducer.send(Topics.CLIENTS, client.toString(), EventJson.write(handled),
                Map.of(CloudEvent.TYPE_HEADER, handled.type()));

        // in the partition's order: once the second is applied, the first was settled, and read it would have
        // been dead-lettered (parked, dead) as unreadable
        awaitApplied("announced and handled");
        assertEquals(0, effects.parkedOf(client), "nothing parked or dead-lettered for the key");
    }

    private static CloudEvent publish(UUID client, String name) {
        CloudEvent event = CloudEvent.of("/suits/test", renamed(client, name));
        TopicProducer.send(Topics.CLIENTS, client.toString(), EventJson.write(event));
        return event;
    }

    private void awaitApplied(String name) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (effects.timesApplied(name) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(1, effects.timesApplied(name), name + " applied");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
