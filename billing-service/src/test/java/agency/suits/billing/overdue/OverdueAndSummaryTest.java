package agency.suits.billing.overdue;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.billing.InvoiceOverdue;
import agency.suits.testing.ProblemContent;
import agency.suits.testing.TopicProbe;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class OverdueAndSummaryTest {

    private static final String OVERDUE = EventType.forPayload(InvoiceOverdue.class).type();

    @Inject
    OverdueService overdue;

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void publishesInvoiceOverdueOncePerStage() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        String id = issuedInvoice(job, client, "300.00", "2025-01-01", 0);
        Billing.pay(id, "pay-" + UUID.randomUUID(), "100.00", "EUR").statusCode(201);

        try (TopicProbe probe = TopicProbe.watching(Topics.BILLING)) {
            overdue.detect(LocalDate.of(2025, 1, 2));
            overdue.detect(LocalDate.of(2025, 1, 3));
            overdue.detect(LocalDate.of(2025, 1, 31));
            overdue.detect(LocalDate.of(2025, 3, 15));
            overdue.detect(LocalDate.of(2025, 6, 1));
            List<JsonNode> events = probe.awaitEvents(OVERDUE, e -> id.equals(e.path("subject").asText()), 3,
                    Duration.ofSeconds(20));
            events = probe.eventsAfterWaiting(OVERDUE, e -> id.equals(e.path("subject").asText()),
                    Duration.ofSeconds(2));
            assertEquals(List.of(1, 30, 60),
                    events.stream().map(e -> e.path("data").path("stageDays").asInt()).toList());
            assertEquals(List.of(1, 30, 73),
                    events.stream().map(e -> e.path("data").path("daysOverdue").asInt()).toList());
            JsonNode first = events.get(0).path("data");
            assertEquals("300.00", first.path("total").path("amount").asText());
            assertEquals("200.00", first.path("outstanding").path("amount").asText());
            assertEquals("2025-01-01", first.path("dueOn").asText());
            assertEquals(job, first.path("jobNumber").asText());
        }
    }

    @Test
    void theSummaryShowsBudgetsAgainstActualsAndAgedReceivables() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "100000.00", "EUR");
        issueOn(job, "100.00", "2026-11-20");
        String partly = issueOn(job, "200.00", "2026-10-15");
        Billing.pay(partly, "pay-" + UUID.randomUUID(), "50.01", "EUR").statusCode(201);
        issueOn(job, "300.00", "2026-09-15");
        issueOn(job, "400.00", "2026-06-01");
        String paid = issueOn(job, "7.00", "2026-06-01");
        Billing.pay(paid, "pay-" + UUID.randomUUID(), "7.00", "EUR").statusCode(201);

        given().header("Authorization", Staff.director()).queryParam("asOf", "2026-11-30")
                .when().get("/api/billing-summaries/{clientId}", client)
                .then().statusCode(200)
                .body("clientId", equalTo(client.toString()))
                .body("jobs", hasSize(1))
                .body("jobs[0].jobNumber", equalTo(job))
                .body("jobs[0].budget.amount", equalTo("100000.00"))
                .body("jobs[0].actuals.amount", equalTo("1007.00"))
                .body("jobs[0].burnPercent", equalTo("1.01"))
                .body("receivables", hasSize(1))
                .body("receivables[0].currency", equalTo("EUR"))
                .body("receivables[0].days0to30.amount", equalTo("100.00"))
                .body("receivables[0].days31to60.amount", equalTo("149.99"))
                .body("receivables[0].days61to90.amount", equalTo("300.00"))
                .body("receivables[0].days90plus.amount", equalTo("400.00"))
                .body("receivables[0].total.amount", equalTo("949.99"));

        given().header("Authorization", Staff.creative()).when().get("/api/billing-summaries/{clientId}", client)
                .then().statusCode(403).contentType(startsWith(ProblemContent.MEDIA_TYPE));
        given().header("Authorization", Staff.director()).when().get("/api/billing-summaries/{clientId}", "acme")
                .then().statusCode(400).contentType(startsWith(ProblemContent.MEDIA_TYPE));
        given().header("Authorization", Staff.director()).queryParam("asOf", "yesterday")
                .when().get("/api/billing-summaries/{clientId}", client)
                .then().statusCode(400).contentType(startsWith(ProblemContent.MEDIA_TYPE));
    }

    private static String issuedInvoice(String job, UUID client, String amount, String issuedOn, int terms) {
        Billing.openBudget(job, client, "100000.00", "EUR");
        Billing.cost(job, amount, "EUR").statusCode(201);
        String id = Billing.approved(Billing.draftTimeAndMaterials(job).statusCode(201).extract().path("id"));
        given().header("Authorization", Staff.finance()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"issuedOn\": \"" + issuedOn + "\", \"paymentTermsDays\": " + terms + "}")
                .when().post("/api/invoices/{id}/issue", id).then().statusCode(200);
        return id;
    }

    private static String issueOn(String job, String amount, String issuedOn) {
        Billing.cost(job, amount, "EUR").statusCode(201);
        String id = Billing.draftTimeAndMaterials(job).statusCode(201).extract().path("id");
        Billing.issue(Billing.approved(id), "1", issuedOn).statusCode(200);
        return id;
    }
}
