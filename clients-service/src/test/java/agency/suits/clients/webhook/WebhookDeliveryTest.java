package agency.suits.clients.webhook;

import agency.suits.clients.ClientsApi;
import agency.suits.clients.ClientsApi.Staff;
import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;
import agency.suits.events.EventType;
import agency.suits.security.Role;
import agency.suits.testing.events.JobEvents;
import agency.suits.testing.events.Published;
import agency.suits.testing.webhooks.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real deliveries to a real HTTP server on this machine, from events read off the real broker. */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Nothing the setup does signs a contract, so every delivery of these is one the test caused. */
    private static final String SIGNED = EventType.CONTRACT_SIGNED.type();

    private final Staff admin = Staff.with(Role.ADMIN);
    private final Staff supervisor = ClientsApi.supervisor();
    private WebhookReceiver receiver;
    private UUID client;

    @BeforeEach
    void anAccountAndAReceiver() throws Exception {
        receiver = new WebhookReceiver();
        client = ClientsApi.register(supervisor, "Hooked Foods " + UUID.randomUUID());
    }

    @AfterEach
    void stopTheReceiver() {
        receiver.close();
    }

    @Test
    void aSignedContractReachesTheReceiverSignedAndARedeliveredEventSendsNothingMore() throws Exception {
        JsonPath registered = register(List.of(SIGNED), client);
        String secret = registered.getString("secret");
        String subscription = registered.getString("subscription.id");
        assertEquals("ACTIVE", registered.getString("subscription.status"));

        signContract();
        WebhookReceiver.Received first = receiver.next(WAIT);

        assertEquals("POST", first.header(":method"));
        assertTrue(first.header("Content-Type").startsWith("application/cloudevents+json"), first.headers().toString());
        assertEquals(first.expectedSignature(secret), first.header("Suits-Webhook-Signature"));
        long sentAt = Long.parseLong(first.header("Suits-Webhook-Timestamp"));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - sentAt) < 300, "timestamp " + sentAt);
        CloudEvent event = EventJson.read(first.body());
        assertEquals(SIGNED, event.type());
        assertEquals(client.toString(), event.data().get("clientId").asText());

        JsonPath log = awaitDeliveries(subscription, items -> items.size() == 1
                && "DELIVERED".equals(items.get(0).get("status")));
        assertEquals(first.header("Suits-Webhook-Id"), log.getString("items[0].id"));
        assertEquals(1, log.getInt("items[0].attempts"));
        assertEquals(204, log.getInt("items[0].lastStatusCode"));
        assertEquals(event.id().toString(), log.getString("items[0].eventId"));

        // the same event again, then a new one of the same client (same key, so read after the repeat)
        Published.again(event.payload(), first.body());
        Published.event(event.payload());
        WebhookReceiver.Received second = receiver.next(WAIT);
        assertNotEquals(event.id(), EventJson.read(second.body()).id(), "the repeat was delivered");
        JsonPath after = awaitDeliveries(subscription, items -> items.size() == 2);
        assertEquals(2, after.getList("items.eventId").stream().distinct().count());
    }

    @Test
    void aFailingReceiverIsRetriedThenPausedAndGetsItAllWhenResumedAndReplayed() throws Exception {
        receiver.answer(503);
        String subscription = register(List.of(SIGNED), client).getString("subscription.id");
        signContract();

        JsonPath paused = awaitSubscription(subscription, view -> "PAUSED".equals(view.getString("status")));
        assertEquals(4, paused.getInt("consecutiveFailures"));
        assertTrue(paused.getString("pausedReason").contains("503"), paused.prettify());
        String delivery = deliveries(subscription).getString("items[0].id");
        JsonPath detail = admin.request().get("/api/webhooks/" + subscription + "/deliveries/" + delivery)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("PENDING", detail.getString("delivery.status"));
        assertEquals(4, detail.getInt("delivery.attempts"));
        assertEquals(List.of(503, 503, 503, 503), detail.getList("attempts.statusCode"));
        assertEquals(4, receiver.count());

        receiver.drain();
        receiver.answer(200);
        admin.request().post("/api/webhooks/" + subscription + "/resume").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("consecutiveFailures", equalTo(0));
        WebhookReceiver.Received resumed = receiver.next(WAIT);
        assertEquals(delivery, resumed.header("Suits-Webhook-Id"));
        awaitDeliveries(subscription, items -> "DELIVERED".equals(items.get(0).get("status")));

        admin.request().post("/api/webhooks/" + subscription + "/deliveries/" + delivery + "/replay")
                .then().statusCode(202).body("status", equalTo("PENDING"));
        WebhookReceiver.Received replayed = receiver.next(WAIT);
        assertEquals(delivery, replayed.header("Suits-Webhook-Id"));
        assertEquals(resumed.body(), replayed.body());
        JsonPath log = admin.request().get("/api/webhooks/" + subscription + "/deliveries/" + delivery)
                .then().statusCode(200).extract().jsonPath();
        awaitDeliveries(subscription, items -> "DELIVERED".equals(items.get(0).get("status")));
        assertTrue(log.getList("attempts").size() >= 5, log.prettify());
    }

    @Test
    void anAdminsPauseHoldsDeliveriesUntilResumed() throws Exception {
        String subscription = register(List.of(SIGNED), client).getString("subscription.id");
        admin.request().post("/api/webhooks/" + subscription + "/pause").then().statusCode(200)
                .body("status", equalTo("PAUSED")).body("pausedReason", equalTo("Paused by an admin"));
        signContract();
        awaitDeliveries(subscription, items -> items.size() == 1);
        assertEquals(0, receiver.count(), "sent while paused");
        assertEquals("PENDING", deliveries(subscription).getString("items[0].status"));

        admin.request().post("/api/webhooks/" + subscription + "/resume").then().statusCode(200);
        assertEquals(SIGNED, EventJson.read(receiver.next(WAIT).body()).type());
    }

    @Test
    void everyTypeOfTheCatalogCanBeSubscribedToAndOtherServicesEventsArriveToo() throws Exception {
        List<String> all = Arrays.stream(EventType.values()).map(EventType::type).toList();
        String subscription = register(all, client).getString("subscription.id");
        admin.request().get("/api/webhooks/" + subscription).then().statusCode(200)
                .body("eventTypes.size()", equalTo(all.size()));

        Published.event(JobEvents.brief(JobEvents.newJobNumber(), client).submitted());
        // the client's own registration events may still be on their way to this subscription of every type
        CloudEvent event;
        do {
            event = EventJson.read(receiver.next(WAIT).body());
            assertEquals(client.toString(), event.data().get("clientId").asText());
        } while (!EventType.BRIEF_SUBMITTED.type().equals(event.type()));
    }

    @Test
    void anotherClientsEventsDoNotReachAClientsSubscription() throws Exception {
        UUID other = ClientsApi.register(supervisor, "Other Foods " + UUID.randomUUID());
        register(List.of(EventType.BRIEF_SUBMITTED.type()), client);
        Published.event(JobEvents.brief(JobEvents.newJobNumber(), other).submitted());
        Published.event(JobEvents.brief(JobEvents.newJobNumber(), client).submitted());
        CloudEvent event = EventJson.read(receiver.next(WAIT).body());
        assertEquals(client.toString(), event.data().get("clientId").asText());
    }

    @Test
    void onlyAdminsManageWebhooks() {
        Map<String, Object> body = Map.of("targetUrl", receiver.url(), "eventTypes", List.of(SIGNED));
        Staff.with(Role.ACCOUNT_DIRECTOR).request().body(body).post("/api/webhooks").then().statusCode(403)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("Only ADMIN"));
        Staff.with(Role.FINANCE).request().get("/api/webhooks").then().statusCode(403);
    }

    @Test
    void targetsOnThisMachineOrLinkLocalAndUnknownTypesAreRefused() {
        admin.request().body(Map.of("targetUrl", "http://169.254.169.254/latest/meta-data",
                        "eventTypes", List.of(SIGNED)))
                .post("/api/webhooks").then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("targetUrl"))
                .body("errors.message", hasItem(containsString("link-local")));
        admin.request().body(Map.of("targetUrl", "http://[::1]:8080/in", "eventTypes", List.of(SIGNED)))
                .post("/api/webhooks").then().statusCode(422)
                .body("errors.message", hasItem(containsString("this machine")));
        admin.request().body(Map.of("targetUrl", receiver.url(), "eventTypes", List.of("agency.suits.Nothing.v1")))
                .post("/api/webhooks").then().statusCode(422)
                .body("errors.field", hasItem("eventTypes[0]"))
                .body("errors.message", hasItem(containsString(SIGNED)));
        admin.request().body(Map.of("targetUrl", receiver.url(), "eventTypes", List.of()))
                .post("/api/webhooks").then().statusCode(400);
        admin.request().get("/api/webhooks/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theSecretIsShownOnceAndRemovingStopsDeliveries() throws Exception {
        JsonPath registered = register(List.of(SIGNED), client);
        String subscription = registered.getString("subscription.id");
        assertTrue(registered.getString("secret").startsWith("whsec_"));
        JsonPath view = admin.request().get("/api/webhooks/" + subscription).then().statusCode(200)
                .extract().jsonPath();
        assertNull(view.get("secret"));
        admin.request().delete("/api/webhooks/" + subscription).then().statusCode(204);
        admin.request().get("/api/webhooks/" + subscription).then().statusCode(404);
    }

    private void signContract() {
        Map<String, Object> contract = new HashMap<>();
        contract.put("type", "PROJECT");
        contract.put("startsOn", LocalDate.now().toString());
        contract.put("endsOn", LocalDate.now().plusMonths(6).toString());
        contract.put("value", Map.of("amount", "20000.00", "currency", "EUR"));
        contract.put("includedRevisionRounds", 2);
        contract.put("noticePeriodDays", 30);
        supervisor.request().body(contract).post("/api/clients/{c}/contracts", client).then().statusCode(201);
    }

    private JsonPath register(List<String> types, UUID onlyClient) {
        return admin.request().body(Map.of("targetUrl", receiver.url(), "eventTypes", types, "clientId", onlyClient,
                        "description", "test receiver"))
                .post("/api/webhooks").then().statusCode(201).extract().jsonPath();
    }

    private JsonPath deliveries(String subscription) {
        return admin.request().get("/api/webhooks/" + subscription + "/deliveries").then().statusCode(200)
                .extract().jsonPath();
    }

    private JsonPath awaitDeliveries(String subscription, Predicate<List<Map<String, Object>>> done)
            throws InterruptedException {
        return await(() -> deliveries(subscription), page -> done.test(page.getList("items")));
    }

    private JsonPath awaitSubscription(String subscription, Predicate<JsonPath> done) throws InterruptedException {
        return await(() -> admin.request().get("/api/webhooks/" + subscription).then().statusCode(200)
                .extract().jsonPath(), done);
    }

    private static JsonPath await(java.util.function.Supplier<JsonPath> read, Predicate<JsonPath> done)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            JsonPath current = read.get();
            if (done.test(current)) {
                return current;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Never got there: " + current.prettify());
            }
            Thread.sleep(200);
        }
    }
}
