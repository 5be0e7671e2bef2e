package agency.suits.clients.notification;

import agency.suits.clients.ClientsApi.Staff;
import agency.suits.events.Money;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.events.clients.ClientAtRisk;
import agency.suits.events.clients.ContractRenewalDue;
import agency.suits.events.clients.ContractType;
import agency.suits.events.clients.HealthSignal;
import agency.suits.events.clients.RiskReason;
import agency.suits.security.Role;
import agency.suits.testing.events.JobEvents;
import agency.suits.testing.events.Published;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static agency.suits.clients.notification.Agency.awaitItems;
import static agency.suits.clients.notification.Agency.awaitOne;
import static agency.suits.clients.notification.Agency.items;
import static agency.suits.clients.notification.Agency.notifications;
import static agency.suits.clients.notification.Agency.publish;
import static agency.suits.testing.ProblemContent.assertProblem;
import static agency.suits.web.problem.ProblemType.INVALID_PARAMETER;
import static agency.suits.web.problem.ProblemType.NOT_FOUND;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class NotificationResourceTest {

    private static ClientAtRisk atRisk(UUID client) {
        return new ClientAtRisk(client, 42, 71, 60, List.of(new RiskReason(HealthSignal.INVOICE_OVERDUE, 30,
                "Invoice INV-2026-0007 is 30 days overdue", null, null, Instant.now())), Instant.now());
    }

    private static ContractRenewalDue renewalDue(UUID client) {
        LocalDate ends = LocalDate.now().plusDays(60);
        return new ContractRenewalDue(UUID.randomUUID(), client, ContractType.RETAINER, Money.of("120000.00", "EUR"),
                ends, ends.minusDays(60), 60, Instant.now());
    }

    @Test
    void aClientAtRiskReachesTheTeamAndTheDirectorOnceEachEvenWhenRedelivered() throws Exception {
        Agency agency = new Agency();
        ClientAtRisk risk = atRisk(agency.client);
        String envelope = publish(risk);

        Map<String, Object> toDirector = awaitOne(agency.director, "CLIENT_AT_RISK", agency.client).get(0);
        assertEquals("The account's primary supervisor reports to you", toDirector.get("why"));
        assertEquals("/api/clients/" + agency.client + "/health", toDirector.get("link"));
        assertTrue(((String) toDirector.get("happened")).contains("fell from 71 to 42"), toDirector.toString());
        assertEquals(agency.client.toString(), ((Map<?, ?>) toDirector.get("client")).get("id"));
        assertTrue(((String) ((Map<?, ?>) toDirector.get("client")).get("name")).startsWith("Notified Foods"));
        assertNull(toDirector.get("readAt"));
        assertEquals("You are the account's primary supervisor",
                awaitOne(agency.supervisor, "CLIENT_AT_RISK", agency.client).get(0).get("why"));
        assertEquals("You are an account executive on the account",
                awaitOne(agency.executive, "CLIENT_AT_RISK", agency.client).get(0).get("why"));

        Published.again(risk, envelope);
        // a later event of the same client comes after the redelivery on its partition: once it is seen, so was that
        publish(renewalDue(agency.client));
        awaitOne(agency.supervisor, "CONTRACT_RENEWAL_DUE", agency.client);
        for (Staff person : List.of(agency.director, agency.supervisor, agency.executive)) {
            assertEquals(1, items(person, "CLIENT_AT_RISK", agency.client).size());
        }
    }

    @Test
    void nobodyOffTheTeamIsToldAndLeavingTheTeamHidesWhatTheyWereTold() throws Exception {
        Agency agency = new Agency();
        Staff outsider = Staff.with(Role.ACCOUNT_SUPERVISOR);
        Agency.enrol(outsider, Role.ACCOUNT_SUPERVISOR, agency.director.id());
        publish(atRisk(agency.client));
        String id = (String) awaitOne(agency.executive, "CLIENT_AT_RISK", agency.client).get(0).get("id");
        assertEquals(List.of(), items(outsider, "CLIENT_AT_RISK", agency.client));

        agency.supervisor.request().delete("/api/clients/{c}/team/{s}", agency.client, agency.executive.id())
                .then().statusCode(200);

        assertEquals(0, notifications(agency.executive, Map.of("clientId", agency.client)).getInt("totalItems"));
        refusedToRead(agency.executive, id);
        refusedToRead(outsider, id);
    }

    @Test
    void unreadComeFirstAndReadingKeepsTheFirstTime() throws Exception {
        Agency agency = new Agency();
        publish(atRisk(agency.client));
        String first = (String) awaitOne(agency.supervisor, "CLIENT_AT_RISK", agency.client).get(0).get("id");
        publish(renewalDue(agency.client));
        String second = (String) awaitOne(agency.supervisor, "CONTRACT_RENEWAL_DUE", agency.client).get(0)
                .get("id");

        List<String> newestFirst = notifications(agency.supervisor, Map.of("clientId", agency.client))
                .getList("items.id");
        assertEquals(List.of(second, first), newestFirst);

        String readAt = agency.supervisor.request().post("/api/me/notifications/{id}/read", second).then()
                .statusCode(200).body("id", equalTo(second)).body("readAt", notNullValue())
                .extract().path("readAt");
        agency.supervisor.request().post("/api/me/notifications/{id}/read", second).then().statusCode(200)
                .body("readAt", equalTo(readAt));
        assertEquals(List.of(first, second), notifications(agency.supervisor, Map.of("clientId", agency.client))
                .getList("items.id"));

        // somebody else's notification is not there for them
        refusedToRead(agency.director, first);
    }

    @Test
    void readAllMarksEveryUnreadOneTheCallerSees() throws Exception {
        Agency agency = new Agency();
        publish(atRisk(agency.client));
        publish(renewalDue(agency.client));
        awaitOne(agency.supervisor, "CONTRACT_RENEWAL_DUE", agency.client);
        awaitOne(agency.supervisor, "CLIENT_AT_RISK", agency.client);

        int marked = agency.supervisor.request().post("/api/me/notifications/read-all").then().statusCode(200)
                .extract().path("marked");
        assertTrue(marked >= 2, "marked " + marked);
        List<Object> readAts = notifications(agency.supervisor, Map.of("clientId", agency.client))
                .getList("items.readAt");
        assertEquals(2, readAts.size());
        readAts.forEach(readAt -> assertNotNull(readAt));
        agency.supervisor.request().post("/api/me/notifications/read-all").then().statusCode(200)
                .body("marked", equalTo(0));
        // the director's stay unread
        assertNull(awaitOne(agency.director, "CLIENT_AT_RISK", agency.client).get(0).get("readAt"));
    }

    @Test
    void aMutedKindIsNotKeptForThatPersonOnly() throws Exception {
        Agency agency = new Agency();
        agency.executive.request().get("/api/me/notification-settings").then().statusCode(200)
                .body("mutedKinds.size()", equalTo(0));
        agency.executive.request().body(Map.of("mutedKinds", List.of("BUDGET_THRESHOLD_REACHED")))
                .put("/api/me/notification-settings").then().statusCode(200)
                .body("mutedKinds", equalTo(List.of("BUDGET_THRESHOLD_REACHED")));
        agency.executive.request().get("/api/me/notification-settings").then().statusCode(200)
                .body("mutedKinds", equalTo(List.of("BUDGET_THRESHOLD_REACHED")));

        String job = JobEvents.newJobNumber();
        publish(new BudgetThresholdReached(job, agency.client, 80, Money.of("1000.00", "EUR"),
                Money.of("800.00", "EUR"), Money.of("0.00", "EUR"), Instant.now()));
        awaitOne(agency.supervisor, "BUDGET_THRESHOLD_REACHED", agency.client);
        // the AE's would have been written in the same transaction as the supervisor's
        assertEquals(List.of(), items(agency.executive, "BUDGET_THRESHOLD_REACHED", agency.client));
    }

    private static void refusedToRead(Staff person, String id) {
        String path = "/api/me/notifications/" + id + "/read";
        assertProblem(person.request().post(path).then(), NOT_FOUND, path);
    }

    @Test
    void badFiltersAndSettingsAreProblems() {
        Staff someone = Staff.with(Role.ACCOUNT_EXECUTIVE);
        assertProblem(someone.request().queryParam("kind", "GOSSIP").get("/api/me/notifications").then(),
                INVALID_PARAMETER, "/api/me/notifications");
        assertProblem(someone.request().queryParam("clientId", "not-a-uuid").get("/api/me/notifications").then(),
                INVALID_PARAMETER, "/api/me/notifications");
        someone.request().queryParam("size", 0).get("/api/me/notifications").then().statusCode(400);
        someone.request().body(Map.of("mutedKinds", List.of("GOSSIP"))).put("/api/me/notification-settings")
                .then().statusCode(400);
        someone.request().body(Map.of()).put("/api/me/notification-settings").then().statusCode(400);
        assertProblem(someone.request().post("/api/me/notifications/nope/read").then(), INVALID_PARAMETER,
                "/api/me/notifications/nope/read");
    }
}
