package agency.suits.billing.payable;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.billing.PayableApproved;
import agency.suits.testing.ProblemContent;
import agency.suits.testing.TopicProbe;
import agency.suits.web.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class PayableTest {

    private static final String APPROVED = EventType.forPayload(PayableApproved.class).type();

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void aSupervisorApprovesUpToTheLimitADirectorAboveAndFinanceReleases() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "10000.00", "EUR");
        UUID creator = Staff.SUPERVISOR;
        UUID approver = Staff.SECOND_SUPERVISOR;

        String small = create(Staff.supervisor(), job, "5000.00").statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("requiredApproval", equalTo("SUPERVISOR"))
                .extract().path("id");
        act(small, "approve", Staff.supervisor(), "0").statusCode(403)
                .contentType(startsWith(ProblemContent.MEDIA_TYPE))
                .body("detail", equalTo("Nobody approves a payable they created themselves"));
        act(small, "approve", Staff.executive(), "0").statusCode(403)
                .body("detail", equalTo("Only an account supervisor or director approves a payable"));
        try (TopicProbe probe = TopicProbe.watching(Topics.BILLING)) {
            act(small, "approve", Staff.secondSupervisor(), "0").statusCode(200)
                    .body("status", equalTo("APPROVED"))
                    .body("approvedBy", equalTo(approver.toString()))
                    .body("approvedAt", notNullValue());
            JsonNode event = probe.awaitEvent(APPROVED, e -> small.equals(e.path("data").path("payableId").asText()),
                    Duration.ofSeconds(20));
            assertEquals("SUPERVISOR", event.path("data").path("approvalLevel").asText());
            assertEquals("5000.00", event.path("data").path("amount").path("amount").asText());
            assertEquals(creator.toString(), event.path("data").path("createdBy").asText());
            assertEquals(approver.toString(), event.path("data").path("approvedBy").asText());
        }

        String large = create(Staff.executive(), job, "5000.01").statusCode(201)
                .body("requiredApproval", equalTo("DIRECTOR")).extract().path("id");
        act(large, "approve", Staff.supervisor(), "0").statusCode(403)
                .body("detail", equalTo("A payable of 5000.01 EUR is above the supervisor limit of 5000.00 EUR: "
                        + "an account director approves it"));
        act(large, "release", Staff.finance(), "0").statusCode(409)
                .body("detail", equalTo("Payable " + large + " is DRAFT; finance releases only approved payables"));
        act(large, "approve", Staff.director(), "0").statusCode(200).body("status", equalTo("APPROVED"));
        Billing.budget(job).statusCode(200)
                .body("committed.amount", equalTo("10000.01"))
                .body("remaining.amount", equalTo("-0.01"));

        act(small, "release", Staff.supervisor(), "1").statusCode(403)
                .body("detail", equalTo("Only finance may release payables"));
        act(small, "release", Staff.finance(), "1").statusCode(200)
                .body("status", equalTo("RELEASED"))
                .body("releasedBy", notNullValue());
        act(small, "release", Staff.finance(), "2").statusCode(409).body("type", equalTo(ProblemType.CONFLICT.uri()));
        Billing.budget(job).statusCode(200)
                .body("committed.amount", equalTo("5000.01"))
                .body("actuals.amount", equalTo("5000.00"))
                .body("spent.amount", equalTo("10000.01"))
                .body("burnPercent", equalTo("100.00"));
    }

    @Test
    void aCurrencyWithoutASupervisorLimitNeedsADirector() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "10000", "CHF");
        String id = create(Staff.executive(), job, "1.00", "CHF").statusCode(201)
                .body("requiredApproval", equalTo("DIRECTOR")).extract().path("id");
        act(id, "approve", Staff.supervisor(), "0").statusCode(403)
                .body("detail", equalTo("A payable of 1.00 CHF is above the supervisor limit (none for CHF): "
                        + "an account director approves it"));
    }

    @Test
    void badPayablesAreProblems() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "100.00", "EUR");
        create(Staff.executive(), job, "0").statusCode(422).body("detail", equalTo("A payable is more than zero"));
        create(Staff.executive(), job, "1.00", "USD").statusCode(422)
                .body("detail", equalTo("cannot combine EUR with USD"));
        given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\", \"vendorName\": \"\", \"description\": \"x\", "
                        + "\"amount\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}")
                .when().post("/api/payables")
                .then().statusCode(400).body("type", equalTo(ProblemType.CONSTRAINT_VIOLATION.uri()));
        create(Staff.creative(), job, "1.00").statusCode(403);
        act(UUID.randomUUID().toString(), "approve", Staff.director(), "0").statusCode(404)
                .body("type", equalTo(ProblemType.NOT_FOUND.uri()));
        String id = create(Staff.executive(), job, "1.00").statusCode(201).extract().path("id");
        act(id, "approve", Staff.director(), null).statusCode(428);
        act(id, "approve", Staff.director(), "9").statusCode(412);
    }

    private static ValidatableResponse create(String token, String job, String amount) {
        return create(token, job, amount, "EUR");
    }

    private static ValidatableResponse create(String token, String job, String amount, String currency) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\", \"vendorName\": \"Studio Foto\", \"description\": "
                        + "\"Product shoot\", \"amount\": {\"amount\": \"" + amount + "\", \"currency\": \""
                        + currency + "\"}}")
                .when().post("/api/payables").then();
    }

    private static ValidatableResponse act(String id, String action, String token, String version) {
        var request = given().header("Authorization", token);
        if (version != null) {
            request = request.header("If-Match", "\"" + version + "\"");
        }
        return request.when().post("/api/payables/{id}/" + action, id).then();
    }
}
