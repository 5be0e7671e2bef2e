package agency.suits.billing;

import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.billing.BudgetRaised;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.events.billing.EstimateApproved;
import agency.suits.events.billing.PaymentReceived;
import agency.suits.testing.TopicProbe;
import agency.suits.testing.events.JobEvents;
import agency.suits.testing.events.Published;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The issue's "done when" in one go: a job's money from BriefSubmitted through estimate, change order from
 * RevisionLimitExceeded, time crossing 80% and 100% (one event each), milestone invoice on CreativeApproved, partial
 * and full payment, and the client's summary.
 */
@QuarkusTest
class JobMoneyJourneyTest {

    private static final String THRESHOLD = EventType.forPayload(BudgetThresholdReached.class).type();

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void fromBriefToPaidInvoice() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "5000.00", "EUR");
        Billing.rateCard(Staff.finance(), "ACCOUNT_EXECUTIVE", client, "100.00", "EUR", LocalDate.of(2026, 1, 1), null)
                .statusCode(201);

        try (TopicProbe probe = TopicProbe.watching(Topics.BILLING)) {
            // estimate: 36 h x 100.00 = 3600.00 replaces the brief's 5000.00
            String estimate = given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                    .body("{\"jobNumber\": \"" + job + "\", \"pricedOn\": \"2026-11-01\", \"lines\": [{\"kind\": "
                            + "\"ROLE_HOURS\", \"description\": \"Account handling\", \"role\": \"ACCOUNT_EXECUTIVE\", "
                            + "\"hours\": \"36\"}]}")
                    .when().post("/api/estimates").then().statusCode(201)
                    .body("total.amount", equalTo("3600.00")).extract().path("id");
            given().header("Authorization", Staff.supervisor()).header("If-Match", "\"0\"")
                    .when().post("/api/estimates/{id}/approve", estimate).then().statusCode(200);
            probe.awaitEvent(EventType.forPayload(EstimateApproved.class).type(),
                    e -> job.equals(e.path("subject").asText()), Duration.ofSeconds(20));

            // round 3 of 2: change order of 10% = 360.00, approved: budget 3960.00
            Published.event(JobEvents.revisionLimitExceeded(job, client, 3));
            String order = await("/api/change-orders", job);
            given().header("Authorization", Staff.director()).header("If-Match", "\"0\"")
                    .when().post("/api/change-orders/{id}/approve", order).then().statusCode(200)
                    .body("amount.amount", equalTo("360.00"));
            Billing.budget(job).statusCode(200).body("budget.amount", equalTo("3960.00"));
            JsonNode raised = probe.awaitEvent(EventType.forPayload(BudgetRaised.class).type(),
                    e -> job.equals(e.path("subject").asText()), Duration.ofSeconds(20)).path("data");
            assertEquals(order, raised.path("changeOrderId").asText());
            assertEquals("360.00", raised.path("raisedBy").path("amount").asText());
            assertEquals("3960.00", raised.path("budget").path("amount").asText());
            assertEquals("0.00", raised.path("actuals").path("amount").asText());

            // 80% of 3960.00 is 3168.00: 31.68 h reaches it exactly; then 100% at 3960.00
            Billing.time(job, "ACCOUNT_EXECUTIVE", LocalDate.of(2026, 11, 3), "24").statusCode(201);
            Billing.time(job, "ACCOUNT_EXECUTIVE", LocalDate.of(2026, 11, 4), "7.67").statusCode(201);
            Billing.time(job, "ACCOUNT_EXECUTIVE", LocalDate.of(2026, 11, 5), "0.01").statusCode(201);
            Billing.time(job, "ACCOUNT_EXECUTIVE", LocalDate.of(2026, 11, 6), "7.92").statusCode(201);
            Billing.time(job, "ACCOUNT_EXECUTIVE", LocalDate.of(2026, 11, 7), "0.5").statusCode(201);
            probe.awaitEvents(THRESHOLD, e -> job.equals(e.path("subject").asText()), 2, Duration.ofSeconds(20));
            List<JsonNode> thresholds = probe.eventsAfterWaiting(THRESHOLD,
                    e -> job.equals(e.path("subject").asText()), Duration.ofSeconds(2));
            assertEquals(List.of(80, 100), thresholds.stream()
                    .map(e -> e.path("data").path("thresholdPercent").asInt()).toList());
            assertEquals(List.of("3168.00", "3960.00"), thresholds.stream()
                    .map(e -> e.path("data").path("actuals").path("amount").asText()).toList());
        }
        Billing.budget(job).statusCode(200).body("actuals.amount", equalTo("4010.00"))
                .body("remaining.amount", equalTo("-50.00")).body("burnPercent", equalTo("101.26"));

        // the client approves the work: milestone invoice for the budget, issued, paid in two parts
        Published.event(JobEvents.creativeApproved(job, client));
        String invoice = await("/api/invoices", job);
        Billing.invoice(invoice).statusCode(200).body("kind", equalTo("MILESTONE"))
                .body("total.amount", equalTo("3960.00"));
        Billing.issue(Billing.approved(invoice), "1", "2026-11-10").statusCode(200);
        try (TopicProbe probe = TopicProbe.watching(Topics.BILLING)) {
            Billing.pay(invoice, "pay-" + UUID.randomUUID(), "1980.00", "EUR").statusCode(201)
                    .body("invoiceStatusAfter", equalTo("PARTIALLY_PAID"));
            Billing.pay(invoice, "pay-" + UUID.randomUUID(), "1980.00", "EUR").statusCode(201)
                    .body("invoiceStatusAfter", equalTo("PAID")).body("outstandingAfter.amount", equalTo("0.00"));
            List<JsonNode> payments = probe.awaitEvents(EventType.forPayload(PaymentReceived.class).type(),
                    e -> invoice.equals(e.path("subject").asText()), 2, Duration.ofSeconds(20));
            assertEquals("0.00", payments.get(1).path("data").path("outstanding").path("amount").asText());
        }
        given().header("Authorization", Staff.executive()).queryParam("asOf", "2026-11-30")
                .when().get("/api/billing-summaries/{client}", client)
                .then().statusCode(200)
                .body("jobs[0].budget.amount", equalTo("3960.00"))
                .body("jobs[0].actuals.amount", equalTo("4010.00"))
                .body("receivables.size()", equalTo(0));
    }

    private static String await(String collection, String job) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            var response = given().header("Authorization", Staff.executive()).queryParam("jobNumber", job)
                    .when().get(collection);
            if (response.statusCode() == 200 && response.<Integer>path("totalItems") > 0) {
                return response.path("items[0].id");
            }
            Billing.pause(Duration.ofMillis(200));
        }
        throw new AssertionError("nothing at " + collection + " for " + job);
    }
}
