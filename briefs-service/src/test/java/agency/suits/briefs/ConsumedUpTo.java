package agency.suits.briefs;

import agency.suits.testing.RealInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Instant;
import java.util.Map;

/**
 * Waits until the service's consumer group has committed past a record, i.e. the service has handled it. Lets a
 * test assert that a redelivered event changed nothing, without sleeping and hoping.
 */
public final class ConsumedUpTo {

    private ConsumedUpTo() {
    }

    public static void await(String group, RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        Instant deadline = Instant.now().plusSeconds(30);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.kafkaBootstrapServers()))) {
            while (true) {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get().get(partition);
                if (committed != null && committed.offset() > record.offset()) {
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Group " + group + " did not get past " + partition + "@"
                            + record.offset() + "; committed " + committed);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
