package agency.suits.billing.invoice;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.billing.InvoiceIssued;
import agency.suits.testing.ProblemContent;
import agency.suits.testing.TopicProbe;
import agency.suits.testing.events.JobEvents;
import agency.suits.testing.events.Published;
import agency.suits.web.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class InvoiceTest {

    private static final String ISSUED = EventType.forPayload(InvoiceIssued.class).type();

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void creativeApprovedDraftsTheMilestoneInvoiceAndFinanceIssuesIt() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "4200.5", "EUR");
        Published.event(JobEvents.creativeApproved(job, client));
        String id = Billing.awaitInvoice(job);

        Billing.invoice(id).statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("MILESTONE"))
                .body("status", equalTo("DRAFT"))
                .body("number", nullValue())
                .body("createdBy", nullValue())
                .body("clientId", equalTo(client.toString()))
                .body("lines", hasSize(1))
                .body("lines[0].amount.amount", equalTo("4200.50"))
                .body("total.amount", equalTo("4200.50"))
                .body("outstanding.amount", equalTo("4200.50"));

        try (TopicProbe probe = TopicProbe.watching(Topics.BILLING)) {
            Billing.approved(id);
            String number = Billing.issue(id, "1", "2026-11-02").statusCode(200)
                    .body("status", equalTo("ISSUED"))
                    .body("number", matchesPattern("INV-2026-\\d{5}"))
                    .body("issuedOn", equalTo("2026-11-02"))
                    .body("dueOn", equalTo("2026-12-02"))
                    .header("ETag", equalTo("\"2\""))
                    .extract().path("number");
            JsonNode event = probe.awaitEvent(ISSUED, e -> id.equals(e.path("subject").asText()),
                    Duration.ofSeconds(20));
            assertEquals(number, event.path("data").path("invoiceNumber").asText());
            assertEquals("4200.50", event.path("data").path("total").path("amount").asText());
            assertEquals("MILESTONE", event.path("data").path("kind").asText());
            assertEquals(job, event.path("data").path("jobNumber").asText());
        }
        Billing.issue(id, "2", null).statusCode(409)
                .body("type", equalTo(ProblemType.CONFLICT.uri()))
                .body("allowedActions", equalTo(java.util.List.of("pay", "void")));
    }

    @Test
    void issuedInvoicesAreNumberedWithoutGaps() {
        String first = Billing.issue(Billing.approved(Billing.timeAndMaterialsInvoice("25.00")), "1", null)
                .statusCode(200)
                .extract().path("number");
        String second = Billing.issue(Billing.approved(Billing.timeAndMaterialsInvoice("30.00")), "1", null)
                .statusCode(200)
                .extract().path("number");
        int a = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
        int b = Integer.parseInt(second.substring(second.lastIndexOf('-') + 1));
        assertEquals(a + 1, b, first + " then " + second);
    }

    @Test
    void timeAndMaterialsBillsEachEntryOnceAndAVoidReleasesThem() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "5000.00", "EUR");
        Billing.rateCard(Staff.supervisor(), "ACCOUNT_EXECUTIVE", client, "95.00", "EUR",
                LocalDate.of(2026, 1, 1), null).statusCode(201);
        Billing.time(job, "ACCOUNT_EXECUTIVE", LocalDate.of(2026, 11, 3), "2.5").statusCode(201);
        Billing.cost(job, "310.40", "EUR").statusCode(201);

        String id = Billing.draftTimeAndMaterials(job).statusCode(201)
                .body("kind", equalTo("TIME_AND_MATERIALS"))
                .body("lines", hasSize(2))
                .body("lines[0].description", equalTo("2.50 h ACCOUNT_EXECUTIVE on 2026-11-03 at 95.00 EUR"))
                .body("lines[0].amount.amount", equalTo("237.50"))
                .body("lines[1].amount.amount", equalTo("310.40"))
                .body("total.amount", equalTo("547.90"))
                .extract().path("id");
        Billing.draftTimeAndMaterials(job).statusCode(422)
                .body("detail", equalTo("Job " + job + " has no time or cost entries that are not billed"));

        given().header("Authorization", Staff.finance()).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body("{\"reason\": \" \"}")
                .when().post("/api/invoices/{id}/void", id)
                .then().statusCode(400).body("type", equalTo(ProblemType.CONSTRAINT_VIOLATION.uri()));
        given().header("Authorization", Staff.supervisor()).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body("{\"reason\": \"Wrong rate\"}")
                .when().post("/api/invoices/{id}/void", id)
                .then().statusCode(403)
                .body("detail", equalTo("Only finance or an account director may void invoices"));
        given().header("Authorization", Staff.director()).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body("{\"reason\": \"Wrong rate\"}")
                .when().post("/api/invoices/{id}/void", id)
                .then().statusCode(200)
                .body("status", equalTo("VOID"))
                .body("voidReason", equalTo("Wrong rate"))
                .body("voidedBy", matchesPattern("[0-9a-f-]{36}"))
                .body("outstanding.amount", equalTo("0.00"));
        Billing.invoice(id).statusCode(200).body("status", equalTo("VOID"));
        Billing.draftTimeAndMaterials(job).statusCode(201).body("total.amount", equalTo("547.90"));
    }

    @Test
    void aCostEntryLongerThanAnInvoiceLineIsBilledWithItsTextCutShort() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "1000.00", "EUR");
        given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\", \"vendorName\": \"" + "V".repeat(200)
                        + "\", \"description\": \"" + "d".repeat(500) + "\", "
                        + "\"amount\": {\"amount\": \"12.00\", \"currency\": \"EUR\"}, \"incurredOn\": \"2026-11-20\"}")
                .when().post("/api/cost-entries").then().statusCode(201);
        String line = Billing.draftTimeAndMaterials(job).statusCode(201)
                .body("total.amount", equalTo("12.00"))
                .extract().path("lines[0].description");
        assertEquals(500, line.length());
        assertEquals("V".repeat(200) + ": " + "d".repeat(297) + "\u2026", line);
    }

    @Test
    void issuingNeedsFinanceAndTheCurrentVersion() {
        String id = Billing.timeAndMaterialsInvoice("10.00");
        given().header("Authorization", Staff.supervisor()).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body("{}")
                .when().post("/api/invoices/{id}/issue", id)
                .then().statusCode(403).body("detail", equalTo("Only finance may issue invoices"));
        given().header("Authorization", Staff.finance()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/invoices/{id}/issue", id)
                .then().statusCode(428).contentType(startsWith(ProblemContent.MEDIA_TYPE));
        Billing.issue(id, "7", null).statusCode(412).contentType(startsWith(ProblemContent.MEDIA_TYPE));
        given().header("Authorization", Staff.finance()).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body("{\"paymentTermsDays\": -1}")
                .when().post("/api/invoices/{id}/issue", id)
                .then().statusCode(400).body("type", equalTo(ProblemType.CONSTRAINT_VIOLATION.uri()));
    }

    @Test
    void anIfMatchLongerThanTheDocumentAllowsIsABadParameter() {
        String id = Billing.timeAndMaterialsInvoice("10.00");
        given().header("Authorization", Staff.finance()).header("If-Match", "\"0\", " + "\"1\", ".repeat(50))
                .contentType(ContentType.JSON).body("{}")
                .when().post("/api/invoices/{id}/issue", id)
                .then().statusCode(400).body("type", equalTo(ProblemType.INVALID_PARAMETER.uri()))
                .body("errors[0].field", equalTo("If-Match"))
                .body("errors[0].message", equalTo("must be at most 200 characters"));
    }

    @Test
    void anInvoiceIssuedWithoutABodyIsDatedTodayOnTheAgencysTerms() {
        String id = Billing.approved(Billing.timeAndMaterialsInvoice("10.00"));
        var issued = given().header("Authorization", Staff.finance()).header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .when().post("/api/invoices/{id}/issue", id)
                .then().statusCode(200).body("status", equalTo("ISSUED")).extract();
        assertEquals(LocalDate.parse(issued.path("issuedOn")).plusDays(30), LocalDate.parse(issued.path("dueOn")),
                "due after the agency's 30 days");
    }

    @Test
    void badInvoiceRequestsAreProblems() {
        given().header("Authorization", Staff.executive()).contentType(ContentType.JSON).body("{\"jobNumber\": 5}")
                .when().post("/api/invoices")
                .then().statusCode(400).contentType(startsWith(ProblemContent.MEDIA_TYPE));
        given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"ACME-2026-000002\"}")
                .when().post("/api/invoices")
                .then().statusCode(404).body("type", equalTo(ProblemType.NOT_FOUND.uri()));
        given().header("Authorization", Staff.executive()).queryParam("status", "LOST")
                .when().get("/api/invoices")
                .then().statusCode(400).contentType(startsWith(ProblemContent.MEDIA_TYPE));
        given().header("Authorization", Staff.executive()).queryParam("kind", "WEEKLY")
                .when().get("/api/invoices")
                .then().statusCode(400).contentType(startsWith(ProblemContent.MEDIA_TYPE));
        given().header("Authorization", Staff.creative()).when().get("/api/invoices")
                .then().statusCode(403).contentType(startsWith(ProblemContent.MEDIA_TYPE));
        Billing.invoice(UUID.randomUUID().toString()).statusCode(404)
                .body("type", equalTo(ProblemType.NOT_FOUND.uri()));
    }
}
