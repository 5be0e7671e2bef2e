package agency.suits.billing.margin;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** What a job earns, to the cent, and only for those who answer for it. */
@QuarkusTest
class MarginTest {

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void theMarginOfAJobToTheCent() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "10000.00", "EUR");
        String card = given().header("Authorization", Staff.finance()).contentType(ContentType.JSON)
                .body("{\"role\": \"ACCOUNT_PLANNER\", \"clientId\": \"" + client + "\", \"hourlyRate\": {\"amount\": "
                        + "\"120.00\", \"currency\": \"EUR\"}, \"effectiveFrom\": \"2020-01-01\", \"effectiveTo\": "
                        + "null, \"costRate\": {\"amount\": \"55.55\", \"currency\": \"EUR\"}}")
                .when().post("/api/rate-cards").then().statusCode(201)
                .body("costRate.amount", equalTo("55.55")).extract().path("id");
        given().header("Authorization", Staff.executive()).when().get("/api/rate-cards/{id}", card)
                .then().statusCode(200).body("costRate", nullValue()).body("hourlyRate.amount", equalTo("120.00"));

        // 7.25 h: sells 870.00, costs 402.7375 -> 402.74; billed with a cost of 100.01 on an issued invoice
        Billing.time(job, "ACCOUNT_PLANNER", LocalDate.of(2026, 11, 3), "7.25").statusCode(201);
        Billing.cost(job, "100.01", "EUR").statusCode(201);
        String invoice = Billing.draftTimeAndMaterials(job).statusCode(201).extract().path("id");
        Billing.issue(Billing.approved(invoice), "1", "2026-11-04").statusCode(200);
        // 1.5 h not billed yet: sells 180.00, costs 83.325 -> 83.32 (half-even)
        Billing.time(job, "ACCOUNT_PLANNER", LocalDate.of(2026, 11, 5), "1.5").statusCode(201);
        // a released payable of 50.00 is a vendor cost
        String payable = given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\", \"vendorName\": \"PrintCo\", \"description\": \"Proofs\", "
                        + "\"amount\": {\"amount\": \"50.00\", \"currency\": \"EUR\"}}")
                .when().post("/api/payables").then().statusCode(201).extract().path("id");
        given().header("Authorization", Staff.supervisor()).header("If-Match", "\"0\"")
                .when().post("/api/payables/{id}/approve", payable).then().statusCode(200);
        given().header("Authorization", Staff.finance()).header("If-Match", "\"1\"")
                .when().post("/api/payables/{id}/release", payable).then().statusCode(200);

        given().header("Authorization", Staff.supervisor()).when().get("/api/jobs/{job}/margin", job)
                .then().statusCode(200)
                .body("invoiced.amount", equalTo("970.01"))
                .body("billable.amount", equalTo("180.00"))
                .body("revenue.amount", equalTo("1150.01"))
                .body("timeCost.amount", equalTo("486.06"))
                .body("vendorCost.amount", equalTo("150.01"))
                .body("cost.amount", equalTo("636.07"))
                .body("margin.amount", equalTo("513.94"))
                .body("marginPercent", equalTo("44.69"))
                .body("hoursWithoutCostRate", equalTo("0.00"));
        given().header("Authorization", Staff.executive()).when().get("/api/jobs/{job}/margin", job)
                .then().statusCode(403)
                .body("detail", equalTo("Only account supervisors, directors and finance see cost rates and margins"));
    }
}
