package agency.suits.clients.interaction;

import agency.suits.clients.ClientsApi;
import agency.suits.clients.ClientsApi.Staff;
import agency.suits.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static agency.suits.clients.ClientsApi.assign;
import static agency.suits.testing.ProblemContent.assertProblem;
import static agency.suits.web.problem.ProblemType.CONSTRAINT_VIOLATION;
import static agency.suits.web.problem.ProblemType.FORBIDDEN;
import static agency.suits.web.problem.ProblemType.CONFLICT;
import static agency.suits.web.problem.ProblemType.INVALID_BODY;
import static agency.suits.web.problem.ProblemType.INVALID_PARAMETER;
import static agency.suits.web.problem.ProblemType.NOT_FOUND;
import static agency.suits.web.problem.ProblemType.UNPROCESSABLE;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class InteractionResourceTest {

    private final Staff sam = Staff.with(Role.ACCOUNT_SUPERVISOR);
    private final Staff cora = Staff.with(Role.ACCOUNT_COORDINATOR);
    private UUID client;
    private String interactions;

    @BeforeEach
    void aClient() {
        client = ClientsApi.register(sam, "Interaction client");
        assign(sam, client, cora.id(), "ACCOUNT_COORDINATOR", false).statusCode(200);
        interactions = "/api/clients/" + client + "/interactions";
    }

    private static Map<String, Object> call(Instant when, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "CALL");
        body.put("occurredAt", when.toString());
        body.put("participants", "Wile, the brand team");
        body.put("note", note);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(key, value);
        return changed;
    }

    @Test
    void aCoordinatorLogsInteractionsAndTheTeamReadsThemNewestFirst() {
        Instant earlier = Instant.parse("2026-01-10T10:00:00Z");
        Instant later = Instant.parse("2026-02-10T10:00:00Z");
        String contact = sam.request().body(Map.of("name", "Wile", "email", "wile@acme.example",
                "decisionMaker", true)).post("/api/clients/{id}/contacts", client).then().statusCode(201)
                .extract().path("id");

        String id = cora.request().body(with(call(earlier, "Kick-off call"), "contactId", contact))
                .post(interactions).then()
                .statusCode(201)
                .body("kind", equalTo("CALL"))
                .body("occurredAt", equalTo("2026-01-10T10:00:00Z"))
                .body("contactId", equalTo(contact))
                .body("note", equalTo("Kick-off call"))
                .body("loggedBy", equalTo(cora.id().toString()))
                .extract().path("id");
        cora.request().body(with(call(later, "Timing agreed"), "kind", "MEETING")).post(interactions).then()
                .statusCode(201);

        sam.request().get(interactions).then().statusCode(200)
                .body("items.note", contains("Timing agreed", "Kick-off call"))
                .body("totalItems", equalTo(2));
        sam.request().queryParam("size", 1).queryParam("page", 1).get(interactions).then()
                .body("items.id", contains(id));
        sam.request().get(interactions + "/" + id).then().statusCode(200).body("participants",
                equalTo("Wile, the brand team"));
    }

    @Test
    void theLogIsAppendOnly() {
        String id = cora.request().body(call(Instant.now().minusSeconds(60), "Call")).post(interactions).then()
                .statusCode(201).extract().path("id");
        // no route edits or deletes an interaction
        sam.request().body(call(Instant.now(), "Rewritten")).put(interactions + "/" + id).then()
                .statusCode(anyOf(equalTo(404), equalTo(405)))
                .contentType(startsWith("application/problem+json"));
        sam.request().delete(interactions + "/" + id).then()
                .statusCode(anyOf(equalTo(404), equalTo(405)))
                .contentType(startsWith("application/problem+json"));
        sam.request().get(interactions + "/" + id).then().statusCode(200).body("note", equalTo("Call"));
    }

    @Test
    void refusesBadInteractions() {
        Instant now = Instant.now().minusSeconds(5);
        assertProblem(cora.request().body(call(Instant.now().plus(2, ChronoUnit.DAYS), "Future")).post(interactions)
                .then(), CONSTRAINT_VIOLATION, interactions).body("errors.field", hasItem(
                org.hamcrest.Matchers.containsString("occurredAt")));
        assertProblem(cora.request().body(call(now, "")).post(interactions).then(), CONSTRAINT_VIOLATION,
                interactions);
        assertProblem(cora.request().body(call(now, "n".repeat(4001))).post(interactions).then(),
                CONSTRAINT_VIOLATION, interactions);
        assertProblem(cora.request().body(with(call(now, "x"), "kind", "TELEGRAM")).post(interactions).then(),
                INVALID_BODY, interactions);
        assertProblem(cora.request().body(with(call(now, "x"), "occurredAt", "yesterday")).post(interactions).then(),
                INVALID_BODY, interactions);
        assertProblem(cora.request().body(with(call(now, "x"), "mood", "good")).post(interactions).then(),
                INVALID_BODY, interactions);
        assertProblem(cora.request().body(with(call(now, "x"), "contactId", UUID.randomUUID().toString()))
                .post(interactions).then(), UNPROCESSABLE, interactions).body("errors.field", hasItem("contactId"));
        assertProblem(cora.request().queryParam("sort", "note").get(interactions).then(), INVALID_PARAMETER,
                interactions);
    }

    /**
     * Logging an interaction reassesses the client's health under the client's row lock. Interactions logged while
     * the supervisor keeps editing the client queue on that lock: none of them is refused as a concurrent change.
     */
    @Test
    void interactionsLoggedWhileTheClientIsEditedAreAllRecorded() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<?> edits = pool.submit(() -> {
                start.await();
                for (int i = 0; i < 20; i++) {
                    String tag = sam.request().get("/api/clients/{id}", client).then().statusCode(200)
                            .extract().header("ETag");
                    sam.request().header("If-Match", tag).body(Map.of("name", "Interaction client " + i,
                            "industry", "Retail")).put("/api/clients/{id}", client).then()
                            .statusCode(anyOf(equalTo(200), equalTo(412)));
                }
                return null;
            });
            List<Future<Integer>> logged = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String note = "Call " + i;
                logged.add(pool.submit(() -> {
                    start.await();
                    return cora.request().body(call(Instant.now().minusSeconds(60), note)).post(interactions)
                            .statusCode();
                }));
            }
            start.countDown();
            edits.get();
            for (Future<Integer> status : logged) {
                assertEquals(201, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        sam.request().queryParam("size", 50).get(interactions).then().statusCode(200).body("totalItems", equalTo(20));
    }

    @Test
    void outsidersGetNotFoundAndReadOnlyRolesAreRefused() {
        String id = cora.request().body(call(Instant.now().minusSeconds(60), "Call")).post(interactions).then()
                .statusCode(201).extract().path("id");
        Staff outsider = Staff.with(Role.ACCOUNT_COORDINATOR);
        assertProblem(outsider.request().get(interactions).then(), NOT_FOUND, interactions);
        assertProblem(outsider.request().get(interactions + "/" + id).then(), NOT_FOUND, interactions + "/" + id);
        assertProblem(outsider.request().body(call(Instant.now(), "x")).post(interactions).then(), NOT_FOUND,
                interactions);
        Staff finance = Staff.with(Role.FINANCE);
        finance.request().get(interactions).then().statusCode(200);
        assertProblem(finance.request().body(call(Instant.now(), "x")).post(interactions).then(), FORBIDDEN,
                interactions);
    }

    @Test
    void aContactNamedInTheLogStaysAndItsRemovalIsAConflict() {
        String contact = sam.request().body(Map.of("name", "Road Runner", "email", "rr@acme.example",
                "decisionMaker", false)).post("/api/clients/{id}/contacts", client).then().statusCode(201)
                .extract().path("id");
        cora.request().body(with(call(Instant.now().minusSeconds(60), "Met"), "contactId", contact))
                .post(interactions).then().statusCode(201);
        String path = "/api/clients/" + client + "/contacts/" + contact;

        assertProblem(cora.request().delete(path).then(), CONFLICT, path)
                .body("detail", startsWith("The contact " + contact + " is named in the client's interaction log"));
        sam.request().get(path).then().statusCode(200).body("name", equalTo("Road Runner"));
    }
}
