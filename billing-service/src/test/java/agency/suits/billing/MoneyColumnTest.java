package agency.suits.billing;

import agency.suits.testing.ProblemContent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Sums of figures that each fit their column (numeric(19, 4)) can outgrow it: such a sum is refused with 422 and
 * nothing is booked, where the database used to answer 500 (issue 13: estimate totals, job actuals).
 */
@QuarkusTest
class MoneyColumnTest {

    private static final String MOST = "999999999999999.00";

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void actualsThatWouldOutgrowTheirColumnAreRefusedAndNothingIsBooked() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "1000.00", "EUR");
        Billing.cost(job, MOST, "EUR").statusCode(201);
        Billing.cost(job, "1.00", "EUR").statusCode(422)
                .contentType(startsWith(ProblemContent.MEDIA_TYPE))
                .body("detail", containsString("the actuals of job " + job + " 1000000000000000.00 EUR"));
        Billing.budget(job).statusCode(200).body("actuals.amount", equalTo(MOST));
    }

    @Test
    void anEstimateWhoseTotalWouldOutgrowItsColumnIsRefused() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "1000.00", "EUR");
        String lines = """
                [{"kind": "VENDOR_COST", "description": "Print run", "vendorName": "PrintCo",
                  "cost": {"amount": "600000000000000.00", "currency": "EUR"}},
                 {"kind": "VENDOR_COST", "description": "TV spot", "vendorName": "FilmCo",
                  "cost": {"amount": "600000000000000.00", "currency": "EUR"}}]""";
        given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\", \"lines\": " + lines + "}")
                .when().post("/api/estimates").then().statusCode(422)
                .contentType(startsWith(ProblemContent.MEDIA_TYPE))
                .body("detail", containsString("the estimate's total 1200000000000000.00 EUR"));
    }

    @Test
    void hoursAtARateTheyCannotBeValuedAtAreRefused() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "1000.00", "EUR");
        Billing.rateCard(Staff.supervisor(), "ACCOUNT_PLANNER", client, MOST, "EUR", LocalDate.of(2026, 1, 1), null)
                .statusCode(201);
        Billing.time(job, "ACCOUNT_PLANNER", LocalDate.of(2026, 11, 2), "2").statusCode(422)
                .body("detail", containsString("the time entry (hours x rate) 1999999999999998.00 EUR"));
        Billing.budget(job).statusCode(200).body("actuals.amount", equalTo("0.00"));
    }
}
