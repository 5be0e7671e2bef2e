package agency.suits.billing.actuals;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import agency.suits.testing.ProblemContent;
import agency.suits.web.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Entries are corrected by reversals while unbilled, once each, and neither half of a pair is ever billed. */
@QuarkusTest
class ReversalTest {

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void aReversedTimeEntryLeavesTheActualsAndIsNeverBilled() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "1000.00", "EUR");
        Billing.rateCard(Staff.supervisor(), "ACCOUNT_PLANNER", client, "120.00", "EUR",
                LocalDate.of(2026, 1, 1), null).statusCode(201);
        String wrong = Billing.time(job, "ACCOUNT_PLANNER", LocalDate.of(2026, 11, 3), "2.5").statusCode(201)
                .extract().path("id");
        Billing.time(job, "ACCOUNT_PLANNER", LocalDate.of(2026, 11, 4), "1").statusCode(201);
        Billing.budget(job).body("actuals.amount", equalTo("420.00"));

        String reversal = reverse("time-entries", wrong, "Booked on the wrong job").statusCode(201)
                .body("reversesId", equalTo(wrong))
                .body("hours", equalTo("-2.50"))
                .body("value.amount", equalTo("-300.00"))
                .body("workDate", equalTo("2026-11-03"))
                .body("reversalReason", equalTo("Booked on the wrong job"))
                .extract().path("id");
        given().header("Authorization", Staff.executive()).when().get("/api/time-entries/{id}", wrong)
                .then().statusCode(200).body("reversedById", equalTo(reversal)).body("hours", equalTo("2.50"));
        Billing.budget(job).body("actuals.amount", equalTo("120.00")).body("remaining.amount", equalTo("880.00"));

        reverse("time-entries", wrong, "Again").statusCode(409)
                .contentType(startsWith(ProblemContent.MEDIA_TYPE))
                .body("detail", equalTo("Time entry " + wrong + " was reversed already, by " + reversal));
        reverse("time-entries", reversal, "Undo the undo").statusCode(409)
                .body("detail", equalTo("Time entry " + reversal + " is the reversal of " + wrong
                        + "; a reversal is final"));

        Billing.draftTimeAndMaterials(job).statusCode(201)
                .body("lines", hasSize(1))
                .body("lines[0].description", equalTo("1.00 h ACCOUNT_PLANNER on 2026-11-04 at 120.00 EUR"));
        Billing.draftTimeAndMaterials(job).statusCode(422);
    }

    @Test
    void theLocationOfAReversalIsTheNewEntry() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "1000.00", "EUR");
        String cost = Billing.cost(job, "99.90", "EUR").statusCode(201).extract().path("id");
        var created = reverse("cost-entries", cost, "Invoice of the vendor was for another client").statusCode(201)
                .body("amount.amount", equalTo("-99.90"))
                .body("reversedById", nullValue())
                .extract();
        String id = created.path("id");
        given().header("Authorization", Staff.finance()).when().get(created.header("Location"))
                .then().statusCode(200).body("id", equalTo(id)).body("reversesId", equalTo(cost));
        Billing.budget(job).body("actuals.amount", equalTo("0.00"));
    }

    @Test
    void aBilledEntryIsCorrectedOnTheInvoiceNotByAReversal() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "1000.00", "EUR");
        String cost = Billing.cost(job, "310.40", "EUR").statusCode(201).extract().path("id");
        String invoice = Billing.draftTimeAndMaterials(job).statusCode(201).extract().path("id");

        reverse("cost-entries", cost, "Wrong vendor").statusCode(409)
                .body("type", equalTo(ProblemType.CONFLICT.uri()))
                .body("detail", equalTo("Cost entry " + cost + " is billed on invoice " + invoice + ": void the "
                        + "invoice while it is a draft, or correct it with a credit note once issued"));
        Billing.budget(job).body("actuals.amount", equalTo("310.40"));
    }

    @Test
    void aReversalSaysWhyAndNamesAnEntryTheCallerSees() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "1000.00", "EUR");
        String cost = Billing.cost(job, "10.00", "EUR").statusCode(201).extract().path("id");
        reverse("cost-entries", cost, " ").statusCode(400)
                .body("type", equalTo(ProblemType.CONSTRAINT_VIOLATION.uri()));
        reverse("cost-entries", cost, "x".repeat(501)).statusCode(400);
        UUID unknown = UUID.randomUUID();
        reverse("time-entries", unknown.toString(), "Never booked").statusCode(404)
                .body("detail", equalTo("Time entry " + unknown + " does not exist"));
        Billing.budget(job).body("actuals.amount", equalTo("10.00"));
    }

    private static ValidatableResponse reverse(String collection, String id, String reason) {
        return given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                .body("{\"reason\": \"" + reason + "\"}")
                .when().post("/api/" + collection + "/{id}/reversal", id).then();
    }
}
