package agency.suits.clients.digest;

import agency.suits.clients.ClientsApi;
import agency.suits.clients.ClientsApi.Staff;
import agency.suits.events.briefs.JobRequestReceived;
import agency.suits.events.briefs.RequestChannel;
import agency.suits.security.Role;
import agency.suits.testing.events.JobEvents;
import agency.suits.testing.events.Published;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The supervisor's report to the director: what it holds, who may read it, and its weekly notification. */
@QuarkusTest
class DigestTest {

    private final Staff admin = Staff.with(Role.ADMIN);
    private final Staff alice = Staff.with(Role.ACCOUNT_DIRECTOR);
    private final Staff sam = Staff.with(Role.ACCOUNT_SUPERVISOR);
    private UUID client;

    @Inject DigestService digests;

    @BeforeEach
    void samReportsToAliceAndLeadsAClient() {
        enrol(alice, null);
        enrol(sam, alice.id());
        client = ClientsApi.register(sam, "Digested Foods " + UUID.randomUUID());
    }

    @Test
    void holdsTheAccountsEventsInteractionsAndRenewalsOfThePeriod() throws Exception {
        Instant from = Instant.now().minusSeconds(5);
        UUID request = UUID.randomUUID();
        Published.event(new JobRequestReceived(request, JobEvents.newJobNumber(), client, "Spring campaign",
                "Posters", List.of("Poster"), LocalDate.now().plusDays(30), null, null, RequestChannel.EMAIL,
                UUID.randomUUID(), Instant.now()));
        awaitNotification(sam, "JOB_REQUEST_RECEIVED");
        sam.request().body(Map.of("kind", "CALL", "occurredAt", Instant.now().minusSeconds(1).toString(),
                        "participants", "the brand team", "note", "Agreed the spring plan"))
                .post("/api/clients/{c}/interactions", client).then().statusCode(201);
        String contract = sam.request().body(projectEnding(LocalDate.now().plusDays(45)))
                .post("/api/clients/{c}/contracts", client).then().statusCode(201).extract().path("id");

        JsonPath digest = alice.request().queryParam("from", from.toString())
                .get("/api/staff/{s}/digest", sam.id()).then().statusCode(200).extract().jsonPath();
        assertEquals(sam.id().toString(), digest.getString("supervisorId"));
        assertEquals(List.of(client.toString()), digest.getList("accounts.clientId"));
        assertEquals(List.of(Map.of("kind", "JOB_REQUEST_RECEIVED", "count", 1)),
                digest.getList("accounts[0].happened"));
        assertEquals(1, digest.getInt("accounts[0].interactions"));
        assertEquals(contract, digest.getString("accounts[0].renewalsComing[0].contractId"));

        JsonPath before = alice.request().queryParam("to", from.toString())
                .get("/api/staff/{s}/digest", sam.id()).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), before.getList("accounts[0].happened"), "the period's end is respected");
        assertEquals(0, before.getInt("accounts[0].interactions"));
    }

    @Test
    void theSupervisorWhomTheyReportToAndDirectorsReadItNobodyElse() {
        sam.request().get("/api/staff/{s}/digest", sam.id()).then().statusCode(200);
        Staff.with(Role.ACCOUNT_DIRECTOR).request().get("/api/staff/{s}/digest", sam.id()).then().statusCode(200);
        Staff.with(Role.ACCOUNT_SUPERVISOR).request().get("/api/staff/{s}/digest", sam.id()).then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        alice.request().get("/api/staff/{s}/digest", UUID.randomUUID()).then().statusCode(404);
        alice.request().queryParam("from", "2026-12-01T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z")
                .get("/api/staff/{s}/digest", sam.id()).then().statusCode(400)
                .body("detail", containsString("before"));
    }

    @Test
    void theWeeklyDigestReachesWhomTheSupervisorReportsToOnceAndLinksToItself() {
        Instant at = Instant.now();
        digests.sendAll(at);
        digests.sendAll(at.plusSeconds(1));
        // Alice is an account director, so she also gets the digests of other tests' supervisors who report to nobody
        List<Map<String, Object>> told = alice.request().queryParam("kind", "SUPERVISOR_DIGEST")
                .queryParam("size", 100).get("/api/me/notifications").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items").stream()
                .filter(item -> ((String) item.get("link")).startsWith("/api/staff/" + sam.id() + "/")).toList();
        assertEquals(1, told.size(), told.toString());
        assertNull(told.get(0).get("client"));
        assertTrue(((String) told.get(0).get("happened")).contains("1 account(s)"), told.toString());
        assertEquals("The account's primary supervisor reports to you", told.get(0).get("why"));
        String link = (String) told.get(0).get("link");
        alice.request().urlEncodingEnabled(false).get(link).then().statusCode(200)
                .body("accounts[0].clientId", equalTo(client.toString()));
        alice.request().post("/api/me/notifications/{n}/read", told.get(0).get("id")).then().statusCode(200);
    }

    private void enrol(Staff person, UUID reportsTo) {
        Map<String, Object> entry = new HashMap<>(Map.of("id", person.id().toString(), "name", "Person "
                + person.id(), "email", person.id() + "@agency.example", "role", person.roles()[0].name()));
        if (reportsTo != null) {
            entry.put("reportsTo", reportsTo.toString());
        }
        admin.request().body(entry).post("/api/staff").then().statusCode(201);
    }

    private static Map<String, Object> projectEnding(LocalDate endsOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "PROJECT");
        body.put("startsOn", LocalDate.now().toString());
        body.put("endsOn", endsOn.toString());
        body.put("value", Map.of("amount", "20000.00", "currency", "EUR"));
        body.put("includedRevisionRounds", 2);
        body.put("noticePeriodDays", 30);
        return body;
    }

    private static void awaitNotification(Staff person, String kind) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (person.request().queryParam("kind", kind).get("/api/me/notifications").then().statusCode(200)
                .extract().jsonPath().getList("items").isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no " + kind + " notification for " + person.id());
            }
            Thread.sleep(200);
        }
    }
}
