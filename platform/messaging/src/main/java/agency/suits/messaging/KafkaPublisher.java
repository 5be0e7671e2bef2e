package agency.suits.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The producer behind the outbox relay and the dead-letter topics: idempotent, acks from all in-sync replicas, and
 * quick to give up while the broker is away so the caller can back off instead of hanging.
 */
@ApplicationScoped
public class KafkaPublisher {

    private static final Logger LOG = Logger.getLogger(KafkaPublisher.class);

    private final Map<String, Object> kafkaConfig;
    private KafkaProducer<String, String> producer;

    KafkaPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    /**
     * Sends the records in order and waits for the broker.
     *
     * @return how many records, counted from the first, the broker acknowledged; fewer than all means the rest
     *         must be sent again
     */
    public int publishInOrder(List<ProducerRecord<String, String>> records, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Future<?>> acks = new ArrayList<>(records.size());
        int acknowledged = 0;
        try {
            KafkaProducer<String, String> sender = producer();
            for (ProducerRecord<String, String> record : records) {
                acks.add(sender.send(record));
            }
            for (Future<?> ack : acks) {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged++;
            }
            return acknowledged;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return acknowledged;
        } catch (Exception e) {
            LOG.warnf("Kafka acknowledged %d of %d records: %s", acknowledged, records.size(), e.toString());
            // a producer that lost its broker may keep a stale idempotence epoch; start the next try clean
            discard();
            return acknowledged;
        }
    }

    /**
     * Whether the broker is there for these topics: their partitions are known (asked at most the producer's
     * {@code max.block.ms}). A batch for a broker that is away is not sent at all, instead of each send waiting.
     */
    public boolean reachable(Collection<String> topics) {
        try {
            KafkaProducer<String, String> sender = producer();
            for (String topic : topics) {
                sender.partitionsFor(topic);
            }
            return true;
        } catch (RuntimeException e) {
            LOG.debugf("Kafka not reachable for %s: %s", topics, e.toString());
            discard();
            return false;
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "suits-outbox-relay");
        return config;
    }

    private synchronized void discard() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    /** What was acknowledged is marked; the rest is sent again after a restart, so stopping need not wait long. */
    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
            producer = null;
        }
    }
}
