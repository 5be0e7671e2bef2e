package agency.suits.billing.budget;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.testing.TopicProbe;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A budget that adds up: the approved estimate plus every approved change order, shown as a ledger. */
@QuarkusTest
class BudgetLedgerTest {

    private static final String THRESHOLD = EventType.forPayload(BudgetThresholdReached.class).type();

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void aLaterEstimateApprovalKeepsTheRaisesOfTheChangeOrdersApprovedBefore() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "10000.00", "EUR");
        approve("estimates", estimate(job, "5000.00")).statusCode(200);
        Billing.budget(job).statusCode(200).body("budget.amount", equalTo("5000.00"));
        approve("change-orders", changeOrder(job, "1000.00")).statusCode(200);
        Billing.budget(job).statusCode(200).body("budget.amount", equalTo("6000.00"));

        approve("estimates", estimate(job, "7000.00")).statusCode(200);
        Billing.budget(job).statusCode(200).body("budget.amount", equalTo("8000.00"))
                .body("basis", equalTo("ESTIMATE"));

        given().header("Authorization", Staff.executive()).when().get("/api/jobs/{job}/budget/ledger", job)
                .then().statusCode(200)
                .body("items", hasSize(4))
                .body("items.kind", equalTo(List.of("OPENED", "ESTIMATE_APPROVED", "CHANGE_ORDER_APPROVED",
                        "ESTIMATE_APPROVED")))
                .body("items.amount.amount", equalTo(List.of("10000.00", "-5000.00", "1000.00", "2000.00")))
                .body("items.budgetAfter.amount", equalTo(List.of("10000.00", "5000.00", "6000.00", "8000.00")))
                .body("items[0].movedBy", nullValue())
                .body("items[2].movedBy", equalTo(Staff.SUPERVISOR.toString()))
                .body("items[2].reason", equalTo("Two more formats"))
                .body("items[3].reason", equalTo("Estimate version 2 approved at 7000.00 EUR"));
        given().header("Authorization", Staff.creative()).when().get("/api/jobs/{job}/budget/ledger", job)
                .then().statusCode(403);
    }

    @Test
    void alertsAreReArmedByARaiseAndCountCommittedPayables() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "1000.00", "EUR");
        try (TopicProbe probe = TopicProbe.watching(Topics.BILLING)) {
            Billing.cost(job, "850.00", "EUR").statusCode(201);                  // 85% of 1000
            probe.awaitEvent(THRESHOLD, e -> isFor(e, job, 80), Duration.ofSeconds(20));
            approve("change-orders", changeOrder(job, "1000.00")).statusCode(200); // 42.5% of 2000: re-armed
            Billing.cost(job, "800.00", "EUR").statusCode(201);                  // 82.5% of 2000
            String payable = given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                    .body("{\"jobNumber\": \"" + job + "\", \"vendorName\": \"PrintCo\", \"description\": \"Posters\","
                            + " \"amount\": {\"amount\": \"400.00\", \"currency\": \"EUR\"}}")
                    .when().post("/api/payables").then().statusCode(201).extract().path("id");
            approve("payables", payable).statusCode(200);                        // 1650 + 400 committed: 102.5%

            JsonNode hundred = probe.awaitEvent(THRESHOLD, e -> isFor(e, job, 100), Duration.ofSeconds(20));
            assertEquals("2000.00", hundred.path("data").path("budget").path("amount").asText());
            assertEquals("1650.00", hundred.path("data").path("actuals").path("amount").asText());
            assertEquals("400.00", hundred.path("data").path("committed").path("amount").asText());
            List<JsonNode> eighty = probe.eventsAfterWaiting(THRESHOLD, e -> isFor(e, job, 80),
                    Duration.ofSeconds(2));
            assertEquals(2, eighty.size(), "80% before the raise and again after it");
            assertEquals("2000.00", eighty.get(1).path("data").path("budget").path("amount").asText());
        }
    }

    private static boolean isFor(JsonNode event, String job, int percent) {
        return job.equals(event.path("data").path("jobNumber").asText())
                && event.path("data").path("thresholdPercent").asInt() == percent;
    }

    private static String estimate(String job, String cost) {
        return given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\", \"lines\": [{\"kind\": \"VENDOR_COST\", \"description\": "
                        + "\"Production\", \"vendorName\": \"FilmCo\", \"cost\": {\"amount\": \"" + cost
                        + "\", \"currency\": \"EUR\"}}]}")
                .when().post("/api/estimates").then().statusCode(201).extract().path("id");
    }

    private static String changeOrder(String job, String amount) {
        return given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\", \"reason\": \"Two more formats\", \"amount\": {\"amount\": \""
                        + amount + "\", \"currency\": \"EUR\"}}")
                .when().post("/api/change-orders").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse approve(String collection, String id) {
        return given().header("Authorization", Staff.supervisor()).header("If-Match", "\"0\"")
                .when().post("/api/" + collection + "/{id}/approve", id).then();
    }
}
