package agency.suits.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads what was really published to a topic of the test broker, from the moment the probe was opened.
 * Assigns every partition itself (no consumer group), so it never competes with the service's own consumers.
 */
public final class TopicProbe implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private TopicProbe(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo partition : partitionsOf(topic)) {
            partitions.add(new TopicPartition(topic, partition.partition()));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** A topic nobody has written to yet (a dead-letter topic) is created first, so the probe can be there before. */
    private List<PartitionInfo> partitionsOf(String topic) {
        TopicAdmin.ensureExists(topic);
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (!partitions.isEmpty()) {
                return partitions;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Topic " + topic + " has no partitions");
            }
        }
    }

    /** Starts reading the topic at its current end: only records published after this call are seen. */
    public static TopicProbe watching(String topic) {
        return new TopicProbe(topic);
    }

    /** Waits for the first CloudEvent of that type whose envelope matches, and returns the envelope. */
    public JsonNode awaitEvent(String type, Predicate<JsonNode> matching, Duration timeout) {
        List<JsonNode> found = awaitEvents(type, matching, 1, timeout);
        return found.get(0);
    }

    /** Waits until {@code count} matching events of that type have been read; returns all matching read so far. */
    public List<JsonNode> awaitEvents(String type, Predicate<JsonNode> matching, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<JsonNode> found = events(type, matching);
            if (found.size() >= count) {
                return found;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected " + count + " event(s) of type " + type + " within " + timeout
                        + " but found " + found.size() + "; all records read: " + describeSeen());
            }
            poll(Duration.ofMillis(100));
        }
    }

    /** Polls for the given time and returns every matching event read so far; for asserting that nothing more came. */
    public List<JsonNode> eventsAfterWaiting(String type, Predicate<JsonNode> matching, Duration wait) {
        Instant until = Instant.now().plus(wait);
        while (Instant.now().isBefore(until)) {
            poll(Duration.ofMillis(100));
        }
        return events(type, matching);
    }

    public List<ConsumerRecord<String, String>> records() {
        return List.copyOf(seen);
    }

    private List<JsonNode> events(String type, Predicate<JsonNode> matching) {
        List<JsonNode> found = new ArrayList<>();
        for (ConsumerRecord<String, String> record : seen) {
            JsonNode event = parse(record.value());
            if (event != null && type.equals(event.path("type").asText()) && matching.test(event)) {
                found.add(event);
            }
        }
        return found;
    }

    private void poll(Duration duration) {
        consumer.poll(duration).forEach(seen::add);
    }

    private String describeSeen() {
        List<String> lines = new ArrayList<>();
        seen.forEach(r -> lines.add(r.key() + " -> " + r.value()));
        return lines.toString();
    }

    /** Null for a value that is not JSON at all: tests put garbage on topics on purpose. */
    private static JsonNode parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
