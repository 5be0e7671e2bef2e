package agency.suits.embedded;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedServersTest {

    @Test
    void persistentPostgresKeepsDataAcrossRestarts(@TempDir Path dir) throws Exception {
        int port = Ports.free();
        try (PostgresServer postgres = PostgresServer.startPersistent(dir, port)) {
            postgres.ensureDatabase("clients");
            postgres.ensureDatabase("clients");
            execute(postgres.jdbcUrl("clients"), "create table kept (v text); insert into kept values ('still here')");
        }
        try (PostgresServer postgres = PostgresServer.startPersistent(dir, port)) {
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("clients"), PostgresServer.USER, "");
                 ResultSet rows = c.createStatement().executeQuery("select v from kept")) {
                assertTrue(rows.next());
                assertEquals("still here", rows.getString(1));
            }
        }
    }

    @Test
    void takenPortIsReportedByNumber(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Ports.PortTakenException e = assertThrows(Ports.PortTakenException.class,
                    () -> PostgresServer.startPersistent(dir, taken.getLocalPort()));
            assertEquals(taken.getLocalPort(), e.port());
            assertTrue(e.getMessage().contains(String.valueOf(taken.getLocalPort())), e.getMessage());
        }
    }

    @Test
    void brokerKeepsTopicsAcrossStopAndStart(@TempDir Path dir) {
        try (KafkaBroker broker = KafkaBroker.startPersistent(dir, Ports.free(), Ports.free())) {
            send(broker, "before");
            broker.stop();
            assertTrue(Ports.isFree(broker.port()), "stopped broker released its port");
            broker.start();
            send(broker, "after");
            assertEquals(List.of("before", "after"), readAll(broker));
        }
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void send(KafkaBroker broker, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("probe", "key", value)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> readAll(KafkaBroker broker) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("probe"));
            long deadline = System.currentTimeMillis() + 20_000;
            while (values.size() < 2 && System.currentTimeMillis() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                records.forEach(r -> values.add(r.value()));
            }
        }
        return values;
    }
}
