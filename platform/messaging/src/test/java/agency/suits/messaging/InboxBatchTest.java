package agency.suits.messaging;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;
import agency.suits.events.Topics;
import agency.suits.messaging.inbox.Inbox;
import agency.suits.messaging.proof.AppliedEffects;
import agency.suits.messaging.proof.ProofConsumer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static agency.suits.messaging.proof.ClientUpdates.renamed;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The records of one poll, handed to the inbox as the consumer does, applied together: one transaction for the batch,
 * and when one record fails, the others still take effect once and the failed one is retried or dead-lettered as if it
 * had come alone. The records are built here, on a partition of their own, so that each test knows its whole batch.
 */
@QuarkusTest
class InboxBatchTest {

    @Inject
    Inbox inbox;

    @Inject
    ProofConsumer consumer;

    @Inject
    AppliedEffects effects;

    @Test
    void aBatchOfEventsTakesEffectOnceEachInOneTransaction() {
        Batch batch = new Batch();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            names.add("together " + i + " " + UUID.randomUUID());
            batch.add(UUID.randomUUID(), names.get(i));
        }

        inbox.receive(batch.records, consumer.handlers());

        names.forEach(name -> assertEquals(1, effects.timesApplied(name), name));
        assertEquals(1, new HashSet<>(effects.transactionsOf(names)).size(), "one commit for the batch");
    }

    @Test
    void anEventDeliveredTwiceInOneBatchTakesEffectOnce() {
        Batch batch = new Batch();
        UUID client = UUID.randomUUID();
        String twice = "twice " + client;
        CloudEvent event = CloudEvent.of("/suits/test", renamed(client, twice));
        batch.add(client, event);
        batch.add(UUID.randomUUID(), "between the copies " + client);
        batch.add(client, event);

        inbox.receive(batch.records, consumer.handlers());

        assertEquals(1, effects.timesApplied(twice));
        assertEquals(1, effects.timesApplied("between the copies " + client));
    }

    @Test
    void aPoisonEventInABatchIsDeadLetteredAfterItsTriesWhileTheOthersTakeEffectOnce() throws Exception {
        Batch batch = new Batch();
        UUID client = UUID.randomUUID();
        String before = "before the poison " + client;
        String poison = AppliedEffects.POISON + "-batch-" + client;
        String behind = "behind the poison " + client;
        String after = "after the poison " + client;
        batch.add(UUID.randomUUID(), before);
        batch.add(client, poison);
        batch.add(client, behind);
        batch.add(UUID.randomUUID(), after);

        inbox.receive(batch.records, consumer.handlers());

        assertEquals(1, effects.timesApplied(before), "the events around the poison take effect at once");
        assertEquals(1, effects.timesApplied(after));
        assertEquals(0, effects.timesApplied(behind), "the poison's key waits behind it");
        awaitApplied(behind);
        assertEquals(3, effects.tries(poison), "tried exactly max-attempts times, the batch's try the first");
        assertEquals(0, effects.timesApplied(poison));
        assertEquals(List.of(behind), effects.appliedFor(client));
    }

    @Test
    void aFlakyEventInABatchTakesEffectOnceOnItsRetry() throws Exception {
        Batch batch = new Batch();
        UUID client = UUID.randomUUID();
        String flaky = AppliedEffects.FLAKY + "1-batch-" + client;
        String behind = "behind the flaky one " + client;
        batch.add(UUID.randomUUID(), "before the flaky one " + client);
        batch.add(client, flaky);
        batch.add(client, behind);

        inbox.receive(batch.records, consumer.handlers());

        awaitApplied(behind);
        assertEquals(1, effects.timesApplied(flaky));
        assertEquals(2, effects.tries(flaky), "one failure in the batch, then its retry took effect");
        assertEquals(List.of(flaky, behind), effects.appliedFor(client), "the key's events in their order");
        assertEquals(1, effects.timesApplied("before the flaky one " + client));
    }

    private void awaitApplied(String name) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (effects.timesApplied(name) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(1, effects.timesApplied(name), name + " applied");
    }

    /** Records of one poll, on a partition no producer writes to, so their offsets are this test's own. */
    private static final class Batch {
        private final int partition = 1_000 + ThreadLocalRandom.current().nextInt(1_000_000);
        private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

        void add(UUID client, String name) {
            add(client, CloudEvent.of("/suits/test", renamed(client, name)));
        }

        void add(UUID client, CloudEvent event) {
            records.add(new ConsumerRecord<>(Topics.CLIENTS, partition, records.size(), client.toString(),
                    EventJson.write(event)));
        }
    }
}
