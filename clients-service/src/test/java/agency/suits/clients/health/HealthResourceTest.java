package agency.suits.clients.health;

import agency.suits.clients.ClientsApi;
import agency.suits.clients.ClientsApi.Staff;
import agency.suits.events.CloudEvent;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.clients.ClientAtRisk;
import agency.suits.events.clients.ClientUpdated;
import agency.suits.events.creative.ClientDecision;
import agency.suits.security.Role;
import agency.suits.testing.TopicProbe;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static agency.suits.testing.ProblemContent.assertProblem;
import static agency.suits.web.problem.ProblemType.INVALID_PARAMETER;
import static agency.suits.web.problem.ProblemType.NOT_FOUND;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class HealthResourceTest {

    private static final String AT_RISK = EventType.forPayload(ClientAtRisk.class).type();
    private static final String UPDATED = EventType.forPayload(ClientUpdated.class).type();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Staff sam = Staff.with(Role.ACCOUNT_SUPERVISOR);

    private JsonPath health(UUID client) {
        return sam.request().get("/api/clients/{id}/health", client).then().statusCode(200).extract().jsonPath();
    }

    /** Polls the health endpoint until it shows what the consumed events should have done. */
    private JsonPath awaitHealth(UUID client, Predicate<JsonPath> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            JsonPath current = health(client);
            if (done.test(current)) {
                return current;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Health never got there: " + current.prettify());
            }
            Thread.sleep(200);
        }
    }

    private static long count(JsonPath health, String signal) {
        return health.getList("signals.signal", String.class).stream().filter(signal::equals).count();
    }

    @Test
    void aNewClientIsHealthy() {
        UUID client = ClientsApi.activeClientOf(sam, "Healthy");
        sam.request().get("/api/clients/{id}/health", client).then()
                .statusCode(200)
                .body("clientId", equalTo(client.toString()))
                .body("score", equalTo(100))
                .body("threshold", equalTo(60))
                .body("atRisk", equalTo(false))
                .body("signals", empty());
    }

    @Test
    void theSameEventConsumedTwiceChangesTheScoreOnce() throws Exception {
        UUID client = ClientsApi.activeClientOf(sam, "Redelivered");
        CloudEvent rejection = OtherServices.envelope(
                OtherServices.feedback(client, ClientDecision.REJECTED, Duration.ofHours(20), null));
        OtherServices.publish(rejection);
        OtherServices.publish(rejection);
        // same key, same partition: once this later event shows, both copies have been consumed
        OtherServices.publish(OtherServices.revisionLimit(client));

        JsonPath after = awaitHealth(client, h -> count(h, "REVISION_LIMIT_EXCEEDED") == 1);
        assertEquals(1, count(after, "WORK_REJECTED"));
        assertEquals(100 - 20 - 15, after.getInt("score"));
        Map<String, Object> signal = after.getMap("signals.find { it.signal == 'WORK_REJECTED' }");
        assertEquals(rejection.id().toString(), signal.get("sourceEventId"));
        assertEquals(rejection.type(), signal.get("sourceEventType"));
        assertEquals(20, signal.get("weight"));
    }

    @Test
    void crossingTheThresholdPublishesClientAtRiskOnceAndMovesTheClient() throws Exception {
        UUID client = ClientsApi.activeClientOf(sam, "Trouble");
        Predicate<JsonNode> forClient = e -> e.path("subject").asText().equals(client.toString());
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            OtherServices.publish(OtherServices.budget(client, 80));
            OtherServices.publish(OtherServices.feedback(client, ClientDecision.REJECTED, Duration.ofHours(3), null));
            OtherServices.publish(OtherServices.budget(client, 100));
            OtherServices.publish(OtherServices.revisionLimit(client));

            JsonNode atRisk = probe.awaitEvent(AT_RISK, forClient, WAIT).path("data");
            assertEquals(45, atRisk.path("score").asInt());
            assertEquals(60, atRisk.path("threshold").asInt());
            // creative and billing events arrive on two topics in no fixed order: the last score was 60 or 65
            assertTrue(atRisk.path("previousScore").asInt() >= 60, atRisk.toString());
            assertEquals(3, atRisk.path("reasons").size());
            JsonNode moved = probe.awaitEvent(UPDATED, e -> forClient.test(e)
                    && e.path("data").path("status").asText().equals("AT_RISK"), WAIT).path("data");
            assertTrue(moved.path("updatedBy").isNull());

            // still below the line: no second ClientAtRisk for the same crossing
            OtherServices.publish(OtherServices.overdue(client, 35));
            awaitHealth(client, h -> count(h, "INVOICE_OVERDUE") == 1);
            assertEquals(1, probe.eventsAfterWaiting(AT_RISK, forClient, Duration.ofSeconds(3)).size());
        }
        sam.request().get("/api/clients/{id}", client).then().body("status", equalTo("AT_RISK"));
        JsonPath health = health(client);
        assertEquals(30, health.getInt("score"));
        assertEquals(true, health.getBoolean("atRisk"));
        assertEquals(1, count(health, "BUDGET_OVERRUN"), "the 80% threshold is not a signal");
    }

    @Test
    void renewingTheContractLiftsTheClientBackToActive() throws Exception {
        UUID client = ClientsApi.activeClientOf(sam, "Recovering");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> contract = new HashMap<>();
        contract.put("type", "PROJECT");
        contract.put("startsOn", today.minusMonths(6).toString());
        contract.put("endsOn", today.plusDays(10).toString());
        contract.put("value", Map.of("amount", "50000.00", "currency", "EUR"));
        contract.put("includedRevisionRounds", 2);
        contract.put("noticePeriodDays", 30);
        String contractId = sam.request().body(contract).post("/api/clients/{id}/contracts", client).then()
                .statusCode(201).extract().path("id");
        OtherServices.publish(OtherServices.feedback(client, ClientDecision.REJECTED, Duration.ofHours(3), null));
        OtherServices.publish(OtherServices.budget(client, 100));

        awaitHealth(client, h -> h.getInt("score") == 45);
        awaitStatus(client, "AT_RISK");

        sam.request().body(Map.of("endsOn", today.plusYears(1).toString(),
                        "value", Map.of("amount", "60000.00", "currency", "EUR"),
                        "includedRevisionRounds", 2, "noticePeriodDays", 30))
                .post("/api/clients/{c}/contracts/{k}/renewal", client, contractId).then().statusCode(201);

        awaitHealth(client, h -> h.getInt("score") == 60 && !h.getBoolean("atRisk"));
        awaitStatus(client, "ACTIVE");
    }

    @Test
    void aCorrectedDecisionReplacesTheOneItSupersedes() throws Exception {
        UUID client = ClientsApi.activeClientOf(sam, "Corrected");
        var rejected = OtherServices.feedback(client, ClientDecision.REJECTED, Duration.ofHours(3), null);
        OtherServices.publish(rejected);
        awaitHealth(client, h -> count(h, "WORK_REJECTED") == 1);
        OtherServices.publish(OtherServices.feedback(client, ClientDecision.CHANGES_REQUESTED, Duration.ofHours(3),
                rejected.feedbackId()));
        JsonPath after = awaitHealth(client, h -> count(h, "CHANGES_REQUESTED") == 1);
        assertEquals(0, count(after, "WORK_REJECTED"));
        assertEquals(95, after.getInt("score"));
    }

    @Test
    void silenceWithAnActiveClientIsASignal() {
        UUID client = ClientsApi.activeClientOf(sam, "Quiet");
        sam.request().body(Map.of("kind", "MEETING", "occurredAt", Instant.now().minus(Duration.ofDays(40)).toString(),
                "note", "Last lunch")).post("/api/clients/{id}/interactions", client).then().statusCode(201);
        JsonPath health = health(client);
        assertEquals(1, count(health, "NO_RECENT_INTERACTION"));
        assertEquals(90, health.getInt("score"));
    }

    @Test
    void eventsAboutUnknownClientsAreIgnored() throws Exception {
        UUID client = ClientsApi.activeClientOf(sam, "Neighbour");
        OtherServices.publish(OtherServices.revisionLimit(UUID.randomUUID()));
        OtherServices.publish(OtherServices.revisionLimit(client));
        awaitHealth(client, h -> count(h, "REVISION_LIMIT_EXCEEDED") == 1);
    }

    @Test
    void outsidersGetNotFound() {
        UUID client = ClientsApi.activeClientOf(sam, "Private health");
        String path = "/api/clients/" + client + "/health";
        assertProblem(Staff.with(Role.ACCOUNT_SUPERVISOR).request().get(path).then(), NOT_FOUND, path);
        assertProblem(Staff.with(Role.CREATIVE_DIRECTOR).request().get(path).then(), NOT_FOUND, path);
        Staff.with(Role.FINANCE).request().get(path).then().statusCode(200);
        assertProblem(sam.request().get("/api/clients/nope/health").then(), INVALID_PARAMETER,
                "/api/clients/nope/health");
    }

    private void awaitStatus(UUID client, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!status.equals(sam.request().get("/api/clients/{id}", client).then().extract().path("status"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Client never became " + status);
            }
            Thread.sleep(200);
        }
    }
}
