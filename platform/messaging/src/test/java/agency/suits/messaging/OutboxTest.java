package agency.suits.messaging;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.messaging.proof.AppliedEffects;
import agency.suits.messaging.proof.ClientChanges;
import agency.suits.testing.RealInfrastructure;
import agency.suits.testing.TopicProbe;
import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static agency.suits.messaging.proof.ClientUpdates.renamed;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OutboxTest {

    private static final String CLIENT_UPDATED = EventType.forPayload(
            agency.suits.events.clients.ClientUpdated.class).type();

    @Inject
    ClientChanges changes;

    @Inject
    AppliedEffects effects;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eventRecordedInRolledBackTransactionIsNeverPublished() throws Exception {
        UUID client = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            assertThrows(IllegalStateException.class, () -> changes.updateThenFail(renamed(client, "rolled back")));
            CloudEvent committed = changes.update(renamed(client, "committed"));

            // same key, so the rolled-back event would have been published before the committed one
            probe.awaitEvent(CLIENT_UPDATED, e -> e.path("id").asText().equals(committed.id().toString()),
                    Duration.ofSeconds(20));
            List<JsonNode> forClient = probe.eventsAfterWaiting(CLIENT_UPDATED,
                    e -> e.path("subject").asText().equals(client.toString()), Duration.ofMillis(500));
            assertEquals(List.of("committed"), names(forClient));
            assertEquals(0, outboxRowsNamed("rolled back"));
        }
    }

    @Test
    void eventsRecordedWhileBrokerIsDownArePublishedWhenItReturnsInOrderPerAggregate() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<String> firstNames = List.of("first-1", "first-2", "first-3");
        List<String> secondNames = List.of("second-1", "second-2", "second-3");
        Set<UUID> recorded = new HashSet<>();
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            RealInfrastructure.kafka().stop();
            try {
                for (int i = 0; i < 3; i++) {
                    recorded.add(changes.update(renamed(first, firstNames.get(i))).id());
                    recorded.add(changes.update(renamed(second, secondNames.get(i))).id());
                }
                Thread.sleep(1500);
                assertEquals(6, unpublishedAmong(recorded), "nothing can be published while the broker is down");
                // the service stays in rotation and, once the relay has tried, says why its events wait
                long deadline = System.currentTimeMillis() + 15_000;
                boolean reported = false;
                while (!reported && System.currentTimeMillis() < deadline) {
                    reported = !given().when().get("/q/health/ready").then().statusCode(200).extract()
                            .<Boolean>path("checks.find { it.name == 'kafka-broker' }.data.reachable");
                    Thread.sleep(200);
                }
                assertTrue(reported, "readiness reports the broker away");
                given().when().get("/q/health/live").then().statusCode(200);
            } finally {
                RealInfrastructure.kafka().start();
            }

            List<JsonNode> published = probe.awaitEvents(CLIENT_UPDATED,
                    e -> recorded.contains(UUID.fromString(e.path("id").asText())), 6, Duration.ofSeconds(60));
            Set<String> distinctIds = new HashSet<>();
            published.forEach(e -> distinctIds.add(e.path("id").asText()));
            assertEquals(6, distinctIds.size(), "every recorded event arrives");
            assertEquals(firstNames, firstOccurrences(published, first));
            assertEquals(secondNames, firstOccurrences(published, second));
            awaitAllMarkedPublished(recorded);
        }
        for (String name : firstNames) {
            awaitApplied(name);
        }
    }

    /**
     * An outage longer than the transaction timeout (3 s in this test profile) with more rows than one batch: the
     * relay must ride it out without a transaction open while it waits, and keep each aggregate's order.
     */
    @Test
    void anOutageLongerThanTheTransactionTimeoutIsRiddenOutInOrderPerAggregate() throws Exception {
        List<UUID> clients = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Set<UUID> recorded = new HashSet<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            expected.add("outage-" + i);
        }
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            RealInfrastructure.kafka().stop();
            try {
                for (String name : expected) {
                    for (UUID client : clients) {
                        recorded.add(changes.update(renamed(client, name)).id());
                    }
                }
                Thread.sleep(5_000);
                assertEquals(recorded.size(), unpublishedAmong(recorded), "nothing is published while it is away");
            } finally {
                RealInfrastructure.kafka().start();
            }
            List<JsonNode> published = probe.awaitEvents(CLIENT_UPDATED,
                    e -> recorded.contains(UUID.fromString(e.path("id").asText())), recorded.size(),
                    Duration.ofSeconds(60));
            for (UUID client : clients) {
                assertEquals(expected, firstOccurrences(published, client), "the order of client " + client);
            }
            awaitAllMarkedPublished(recorded);
        }
    }

    /** The relay marks rows after the broker's acknowledgement, so a consumer may see them a moment earlier. */
    private void awaitAllMarkedPublished(Set<UUID> eventIds) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (unpublishedAmong(eventIds) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, unpublishedAmong(eventIds), "every published event is marked published in the outbox");
    }

    private void awaitApplied(String name) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (effects.timesApplied(name) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(1, effects.timesApplied(name), name + " applied by the consumer once the broker returned");
    }

    private static List<String> names(List<JsonNode> events) {
        List<String> names = new ArrayList<>();
        events.forEach(e -> names.add(e.path("data").path("name").asText()));
        return names;
    }

    /** At-least-once may repeat an event; order is judged on each event's first appearance. */
    private static List<String> firstOccurrences(List<JsonNode> events, UUID client) {
        List<String> names = new ArrayList<>();
        for (JsonNode event : events) {
            String name = event.path("data").path("name").asText();
            if (event.path("subject").asText().equals(client.toString()) && !names.contains(name)) {
                names.add(name);
            }
        }
        assertFalse(names.isEmpty());
        return names;
    }

    private int unpublishedAmong(Set<UUID> eventIds) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select count(*) from outbox_event where published_at is null and event_id = any(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", eventIds.toArray()));
            try (ResultSet result = select.executeQuery()) {
                assertTrue(result.next());
                return result.getInt(1);
            }
        }
    }

    private int outboxRowsNamed(String name) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     // the service's own events; dead letters (with headers) carry whatever was received
                     "select count(*) from outbox_event where headers is null "
                             + "and payload::jsonb -> 'data' ->> 'name' = ?")) {
            select.setString(1, name);
            try (ResultSet result = select.executeQuery()) {
                assertTrue(result.next());
                return result.getInt(1);
            }
        }
    }
}
