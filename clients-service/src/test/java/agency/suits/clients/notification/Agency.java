package agency.suits.clients.notification;

import agency.suits.clients.ClientsApi;
import agency.suits.clients.ClientsApi.Staff;
import agency.suits.events.CloudEvent;
import agency.suits.events.EventPayload;
import agency.suits.security.Role;
import agency.suits.testing.events.Published;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A small account for the notification tests: a director, the supervisor who reports to her and leads the client,
 * an account executive, all in the directory. The client stays a prospect, so that relationship health (which
 * assesses active clients) sends no ClientAtRisk of its own while a test counts them.
 */
final class Agency {

    private static final Duration WAIT = Duration.ofSeconds(30);

    final Staff director = Staff.with(Role.ACCOUNT_DIRECTOR);
    final Staff supervisor = Staff.with(Role.ACCOUNT_SUPERVISOR);
    final Staff executive = Staff.with(Role.ACCOUNT_EXECUTIVE);
    final UUID client;

    Agency() {
        enrol(director, Role.ACCOUNT_DIRECTOR, null);
        enrol(supervisor, Role.ACCOUNT_SUPERVISOR, director.id());
        client = ClientsApi.register(supervisor, "Notified Foods " + UUID.randomUUID());
        ClientsApi.assign(supervisor, client, executive.id(), "ACCOUNT_EXECUTIVE", false).statusCode(200);
    }

    static void enrol(Staff person, Role role, UUID reportsTo) {
        Map<String, Object> entry = new HashMap<>(Map.of("id", person.id().toString(), "name", role + " "
                + person.id(), "email", person.id() + "@agency.example", "role", role.name()));
        if (reportsTo != null) {
            entry.put("reportsTo", reportsTo.toString());
        }
        Staff.with(Role.ADMIN).request().body(entry).post("/api/staff").then().statusCode(201);
    }

    static String publish(EventPayload payload) {
        return Published.event(payload);
    }

    static void publish(CloudEvent event) {
        Published.envelope(event);
    }

    static JsonPath notifications(Staff person, Map<String, ?> query) {
        return person.request().queryParams(query).get("/api/me/notifications").then().statusCode(200)
                .extract().jsonPath();
    }

    static List<Map<String, Object>> items(Staff person, String kind, UUID client) {
        return notifications(person, Map.of("kind", kind, "clientId", client, "size", 100)).getList("items");
    }

    /** Polls the person's notifications until the test's condition holds. */
    static List<Map<String, Object>> awaitItems(Staff person, String kind, UUID client,
                                                Predicate<List<Map<String, Object>>> done)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            List<Map<String, Object>> current = items(person, kind, client);
            if (done.test(current)) {
                return current;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The " + kind + " notifications never got there: " + current);
            }
            Thread.sleep(200);
        }
    }

    static List<Map<String, Object>> awaitOne(Staff person, String kind, UUID client) throws InterruptedException {
        return awaitItems(person, kind, client, items -> !items.isEmpty());
    }
}
