package agency.suits.messaging.inbox;

import agency.suits.messaging.KafkaPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Parks events a consumer could not apply on {@code <topic>.<consumer>.dlt}, with where they came from and why,
 * for a person to look at and replay.
 */
@ApplicationScoped
class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaPublisher publisher;

    DeadLetters(KafkaPublisher publisher) {
        this.publisher = publisher;
    }

    static String topicFor(String topic, String consumer) {
        return topic + "." + consumer + ".dlt";
    }

    /** Returns once the broker has the record; waits for the broker rather than dropping the event. */
    void send(String consumer, ConsumerRecord<String, String> original, int attempts, Throwable reason) {
        ProducerRecord<String, String> parked =
                new ProducerRecord<>(topicFor(original.topic(), consumer), original.key(), original.value());
        header(parked, "dlt-consumer", consumer);
        header(parked, "dlt-original-topic", original.topic());
        header(parked, "dlt-original-partition", String.valueOf(original.partition()));
        header(parked, "dlt-original-offset", String.valueOf(original.offset()));
        header(parked, "dlt-attempts", String.valueOf(attempts));
        header(parked, "dlt-reason", reason == null ? "unknown" : reason.toString());
        while (publisher.publishInOrder(List.of(parked), SEND_TIMEOUT) == 0) {
            LOG.warnf("Dead-letter topic %s unreachable, retrying", parked.topic());
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while dead-lettering", e);
            }
        }
        LOG.errorf("Event at %s-%d@%d dead-lettered by %s after %d tries: %s", original.topic(),
                original.partition(), original.offset(), consumer, attempts, reason);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        String bounded = value.length() > 2000 ? value.substring(0, 2000) : value;
        record.headers().add(name, bounded.getBytes(StandardCharsets.UTF_8));
    }
}
