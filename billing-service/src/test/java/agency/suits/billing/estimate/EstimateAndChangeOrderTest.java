package agency.suits.billing.estimate;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.billing.EstimateApproved;
import agency.suits.testing.ProblemContent;
import agency.suits.testing.TopicProbe;
import agency.suits.testing.events.JobEvents;
import agency.suits.testing.events.Published;
import agency.suits.web.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class EstimateAndChangeOrderTest {

    private static final String APPROVED = EventType.forPayload(EstimateApproved.class).type();
    private static final String LINES = """
            [{"kind": "ROLE_HOURS", "description": "Account handling", "role": "ACCOUNT_EXECUTIVE", "hours": "40"},
             {"kind": "ROLE_HOURS", "description": "Design", "role": "CREATIVE", "hours": "12.5"},
             {"kind": "VENDOR_COST", "description": "Print run", "vendorName": "PrintCo",
              "cost": {"amount": "2500", "currency": "EUR"}}]""";

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void anApprovedEstimateBecomesTheBudgetAndAnExtraRoundRaisesItByTheDifference() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "10000.00", "EUR");
        priced(client);
        String id = estimate(Staff.supervisor(), job, LINES).statusCode(201)
                .body("estimateVersion", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("lines[0].rate.amount", equalTo("120.00"))
                .body("lines[0].amount.amount", equalTo("4800.00"))
                .body("lines[1].hours", equalTo("12.50"))
                .body("lines[1].amount.amount", equalTo("1193.75"))
                .body("lines[2].amount.amount", equalTo("2500.00"))
                .body("total.amount", equalTo("8493.75"))
                .extract().path("id");

        approve("estimates", id, Staff.supervisor()).statusCode(403)
                .contentType(startsWith(ProblemContent.MEDIA_TYPE))
                .body("detail", equalTo("Nobody approves an estimate they created themselves"));
        approve("estimates", id, Staff.executive()).statusCode(403)
                .body("detail", equalTo("Only an account supervisor or director approves an estimate"));

        UUID approver = Staff.SECOND_SUPERVISOR;
        try (TopicProbe probe = TopicProbe.watching(Topics.BILLING)) {
            approve("estimates", id, Staff.secondSupervisor()).statusCode(200)
                    .body("status", equalTo("APPROVED"))
                    .body("approvedBy", equalTo(approver.toString()));
            JsonNode event = probe.awaitEvent(APPROVED, e -> job.equals(e.path("subject").asText()),
                    Duration.ofSeconds(20));
            assertEquals("8493.75", event.path("data").path("total").path("amount").asText());
            assertEquals(1, event.path("data").path("estimateVersion").asInt());
            assertEquals(approver.toString(), event.path("data").path("approvedBy").asText());
        }
        Billing.budget(job).statusCode(200).body("basis", equalTo("ESTIMATE"))
                .body("budget.amount", equalTo("8493.75"));

        given().header("Authorization", Staff.executive()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"approvedBy\": \"Jane Client (CMO)\", \"approvedOn\": \"2026-11-05\"}")
                .when().post("/api/estimates/{id}/client-approval", id)
                .then().statusCode(200)
                .body("clientApprover", equalTo("Jane Client (CMO)"))
                .body("clientApprovedOn", equalTo("2026-11-05"));

        // round 3 of 2 included: a change order of 10% of 8493.75 = 849.375 -> 849.38 (half-even)
        Published.event(JobEvents.revisionLimitExceeded(job, client, 3));
        String order = awaitChangeOrder(job);
        given().header("Authorization", Staff.executive()).when().get("/api/change-orders/{id}", order)
                .then().statusCode(200)
                .body("origin", equalTo("REVISION_LIMIT"))
                .body("round", equalTo(3))
                .body("createdBy", nullValue())
                .body("amount.amount", equalTo("849.38"))
                .body("status", equalTo("DRAFT"));
        approve("change-orders", order, Staff.director()).statusCode(200).body("status", equalTo("APPROVED"));
        Billing.budget(job).statusCode(200).body("budget.amount", equalTo("9343.13"));
    }

    @Test
    void aLaterApprovedVersionSupersedesTheEarlierOne() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "1000.00", "EUR");
        priced(client);
        String first = estimate(Staff.executive(), job, LINES).statusCode(201).extract().path("id");
        approve("estimates", first, Staff.director()).statusCode(200);
        String second = estimate(Staff.executive(), job, """
                [{"kind": "VENDOR_COST", "description": "Print run", "vendorName": "PrintCo",
                  "cost": {"amount": "3100.10", "currency": "EUR"}}]""").statusCode(201)
                .body("estimateVersion", equalTo(2)).extract().path("id");
        approve("estimates", second, Staff.director()).statusCode(200);

        given().header("Authorization", Staff.executive()).when().get("/api/estimates/{id}", first)
                .then().statusCode(200).body("status", equalTo("SUPERSEDED"));
        Billing.budget(job).statusCode(200).body("budget.amount", equalTo("3100.10"));
        approve("estimates", second, Staff.director(), "1").statusCode(409)
                .body("type", equalTo(ProblemType.CONFLICT.uri()));
    }

    @Test
    void peopleDraftChangeOrdersButNeverApproveTheirOwn() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "2000.00", "EUR");
        String order = changeOrder(Staff.supervisor(), job, "500.00", "EUR").statusCode(201)
                .body("origin", equalTo("MANUAL"))
                .body("createdBy", equalTo(Staff.SUPERVISOR.toString()))
                .extract().path("id");
        approve("change-orders", order, Staff.supervisor()).statusCode(403)
                .body("detail", equalTo("Nobody approves a change order they created themselves"));
        approve("change-orders", order, Staff.finance()).statusCode(403);
        approve("change-orders", order, Staff.supervisor(), null).statusCode(428);
        approve("change-orders", order, Staff.secondSupervisor()).statusCode(200);
        Billing.budget(job).statusCode(200).body("budget.amount", equalTo("2500.00"));
        given().header("Authorization", Staff.executive()).queryParam("jobNumber", job)
                .when().get("/api/change-orders").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void badEstimatesAndChangeOrdersAreProblems() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "2000.00", "EUR");
        estimate(Staff.executive(), job, "[]").statusCode(400)
                .body("type", equalTo(ProblemType.CONSTRAINT_VIOLATION.uri()));
        estimate(Staff.executive(), job, """
                [{"kind": "ROLE_HOURS", "description": "x", "role": "CREATIVE"}]""").statusCode(422)
                .body("errors[0].field", equalTo("lines[0]"));
        estimate(Staff.executive(), job, """
                [{"kind": "ROLE_HOURS", "description": "x", "role": "CREATIVE", "hours": "3"}]""").statusCode(422)
                .body("errors[0].field", equalTo("lines[0].role"));
        estimate(Staff.executive(), job, """
                [{"kind": "VENDOR_COST", "description": "x", "vendorName": "V",
                  "cost": {"amount": "5.00", "currency": "USD"}}]""").statusCode(422)
                .body("detail", equalTo("cannot combine EUR with USD"));
        estimate(Staff.executive(), job, """
                [{"kind": "GUESS", "description": "x"}]""").statusCode(400)
                .body("type", equalTo(ProblemType.INVALID_BODY.uri()));
        estimate(Staff.creative(), job, LINES).statusCode(403);
        changeOrder(Staff.executive(), job, "0.00", "EUR").statusCode(422)
                .body("detail", equalTo("A change order adds more than zero to the budget"));
        changeOrder(Staff.executive(), "ACME-2026-000003", "1.00", "EUR").statusCode(404);
        given().header("Authorization", Staff.executive()).when().get("/api/estimates/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType(startsWith(ProblemContent.MEDIA_TYPE));
        given().header("Authorization", Staff.executive()).when().get("/api/change-orders/{id}", "x")
                .then().statusCode(400).contentType(startsWith(ProblemContent.MEDIA_TYPE));
    }

    private static void priced(UUID client) {
        Billing.rateCard(Staff.finance(), "ACCOUNT_EXECUTIVE", client, "120.00", "EUR", LocalDate.of(2020, 1, 1), null)
                .statusCode(201);
        Billing.rateCard(Staff.finance(), "CREATIVE", client, "95.50", "EUR", LocalDate.of(2020, 1, 1), null)
                .statusCode(201);
    }

    private static ValidatableResponse estimate(String token, String job, String lines) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\", \"pricedOn\": \"2026-11-01\", \"lines\": " + lines + "}")
                .when().post("/api/estimates").then();
    }

    private static ValidatableResponse changeOrder(String token, String job, String amount, String currency) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\", \"reason\": \"Two more formats\", \"amount\": {\"amount\": \""
                        + amount + "\", \"currency\": \"" + currency + "\"}}")
                .when().post("/api/change-orders").then();
    }

    private static ValidatableResponse approve(String collection, String id, String token) {
        return approve(collection, id, token, "0");
    }

    private static ValidatableResponse approve(String collection, String id, String token, String version) {
        var request = given().header("Authorization", token);
        if (version != null) {
            request = request.header("If-Match", "\"" + version + "\"");
        }
        return request.when().post("/api/" + collection + "/{id}/approve", id).then();
    }

    private static String awaitChangeOrder(String job) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            var response = given().header("Authorization", Staff.finance()).queryParam("jobNumber", job)
                    .when().get("/api/change-orders");
            if (response.statusCode() == 200 && response.<Integer>path("totalItems") > 0) {
                return response.path("items[0].id");
            }
            Billing.pause(Duration.ofMillis(200));
        }
        throw new AssertionError("no change order for " + job);
    }
}
