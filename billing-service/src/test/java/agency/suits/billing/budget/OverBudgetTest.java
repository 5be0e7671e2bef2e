package agency.suits.billing.budget;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.billing.BudgetExceeded;
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

/** A booking beyond the budget is accepted, flagged on itself and on the budget, and announced once per crossing. */
@QuarkusTest
class OverBudgetTest {

    private static final String EXCEEDED = EventType.forPayload(BudgetExceeded.class).type();

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void theBookingThatCrossesIsFlaggedAndAnnouncedOnceUntilARaiseReArmsIt() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "1000.00", "EUR");
        try (TopicProbe probe = TopicProbe.watching(Topics.BILLING)) {
            Billing.cost(job, "900.00", "EUR").statusCode(201)
                    .body("overBudget", equalTo(false)).body("overBudgetBy", nullValue());
            String crossing = Billing.cost(job, "150.00", "EUR").statusCode(201)
                    .body("overBudget", equalTo(true)).body("overBudgetBy.amount", equalTo("50.00"))
                    .extract().path("id");
            String further = Billing.cost(job, "20.00", "EUR").statusCode(201)
                    .body("overBudget", equalTo(true)).body("overBudgetBy.amount", equalTo("20.00"))
                    .extract().path("id");
            given().header("Authorization", Staff.executive()).when().get("/api/cost-entries/{id}", crossing)
                    .then().statusCode(200).body("overBudget", equalTo(true))
                    .body("overBudgetBy.amount", equalTo("50.00"));
            Billing.budget(job).statusCode(200)
                    .body("overBudget", equalTo(true))
                    .body("overBy.amount", equalTo("70.00"))
                    .body("burnPercent", equalTo("107.00"))
                    .body("overBudgetBookings", hasSize(2))
                    .body("overBudgetBookings.bookingId", equalTo(List.of(crossing, further)))
                    .body("overBudgetBookings.bookingKind", equalTo(List.of("COST_ENTRY", "COST_ENTRY")))
                    .body("overBudgetBookings.overBy.amount", equalTo(List.of("50.00", "20.00")))
                    .body("overBudgetBookings.announced", equalTo(List.of(true, false)));

            JsonNode first = probe.awaitEvent(EXCEEDED, e -> job.equals(e.path("subject").asText()),
                    Duration.ofSeconds(20)).path("data");
            assertEquals(crossing, first.path("bookingId").asText());
            assertEquals("COST_ENTRY", first.path("crossedBy").asText());
            assertEquals("150.00", first.path("bookingAmount").path("amount").asText());
            assertEquals("50.00", first.path("overBy").path("amount").asText());
            assertEquals("1050.00", first.path("actuals").path("amount").asText());
            assertEquals("1000.00", first.path("budget").path("amount").asText());

            // a raise takes the job back under (2000 against 1070): the next crossing is announced again
            String order = given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                    .body("{\"jobNumber\": \"" + job + "\", \"reason\": \"More posters\", \"amount\": "
                            + "{\"amount\": \"1000.00\", \"currency\": \"EUR\"}}")
                    .when().post("/api/change-orders").then().statusCode(201).extract().path("id");
            approve("change-orders", order);
            Billing.budget(job).statusCode(200).body("overBudget", equalTo(false))
                    .body("overBy.amount", equalTo("0.00"));
            String payable = given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                    .body("{\"jobNumber\": \"" + job + "\", \"vendorName\": \"PrintCo\", \"description\": "
                            + "\"Posters\", \"amount\": {\"amount\": \"1200.00\", \"currency\": \"EUR\"}}")
                    .when().post("/api/payables").then().statusCode(201)
                    .body("overBudget", equalTo(false)).extract().path("id");
            approve("payables", payable).body("overBudget", equalTo(true))
                    .body("overBudgetBy.amount", equalTo("270.00"));

            List<JsonNode> announced = probe.eventsAfterWaiting(EXCEEDED,
                    e -> job.equals(e.path("subject").asText()), Duration.ofSeconds(3));
            assertEquals(2, announced.size(), "once per crossing: the 20.00 after the first crossing is silent");
            JsonNode second = announced.get(1).path("data");
            assertEquals("PAYABLE", second.path("crossedBy").asText());
            assertEquals(payable, second.path("bookingId").asText());
            assertEquals("1200.00", second.path("committed").path("amount").asText());
            assertEquals("270.00", second.path("overBy").path("amount").asText());
        }
    }

    private static ValidatableResponse approve(String collection, String id) {
        return given().header("Authorization", Staff.supervisor()).header("If-Match", "\"0\"")
                .when().post("/api/" + collection + "/{id}/approve", id).then().statusCode(200);
    }
}
