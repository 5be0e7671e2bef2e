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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** What a client earns, summed over its jobs per currency to the cent, and only for those who answer for it. */
@QuarkusTest
class ClientMarginTest {

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void theMarginOfAClientToTheCentOverTwoJobsAndPerCurrency() {
        UUID client = UUID.randomUUID();
        String first = Events.newJobNumber();
        String second = Events.newJobNumber();
        String dollars = Events.newJobNumber();
        Billing.openBudget(first, client, "10000.00", "EUR");
        Billing.openBudget(second, client, "5000.00", "EUR");
        Billing.openBudget(dollars, client, "3000.00", "USD");
        given().header("Authorization", Staff.finance()).contentType(ContentType.JSON)
                .body("{\"role\": \"ACCOUNT_PLANNER\", \"clientId\": \"" + client + "\", \"hourlyRate\": {\"amount\": "
                        + "\"120.00\", \"currency\": \"EUR\"}, \"effectiveFrom\": \"2020-01-01\", \"effectiveTo\": "
                        + "null, \"costRate\": {\"amount\": \"55.55\", \"currency\": \"EUR\"}}")
                .when().post("/api/rate-cards").then().statusCode(201);

        // first job: 7.25 h (sells 870.00, costs 402.7375 -> 402.74) and a cost of 100.01, invoiced and issued
        Billing.time(first, "ACCOUNT_PLANNER", LocalDate.of(2026, 11, 3), "7.25").statusCode(201);
        Billing.cost(first, "100.01", "EUR").statusCode(201);
        String invoice = Billing.draftTimeAndMaterials(first).statusCode(201).extract().path("id");
        Billing.issue(Billing.approved(invoice), "1", "2026-11-04").statusCode(200);
        // second job: 3.35 h not billed yet (sells 402.00, costs 186.0925 -> 186.09)
        Billing.time(second, "ACCOUNT_PLANNER", LocalDate.of(2026, 11, 5), "3.35").statusCode(201);
        // the dollar job: a vendor cost billable at what it cost
        Billing.cost(dollars, "200.00", "USD").statusCode(201);

        given().header("Authorization", Staff.supervisor()).when().get("/api/clients/{client}/margin", client)
                .then().statusCode(200)
                .body("clientId", equalTo(client.toString()))
                .body("totals", hasSize(2))
                .body("totals[0].currency", equalTo("EUR"))
                .body("totals[0].invoiced.amount", equalTo("970.01"))
                .body("totals[0].retainerFees.amount", equalTo("0.00"))
                .body("totals[0].billable.amount", equalTo("402.00"))
                .body("totals[0].revenue.amount", equalTo("1372.01"))
                .body("totals[0].timeCost.amount", equalTo("588.83"))
                .body("totals[0].vendorCost.amount", equalTo("100.01"))
                .body("totals[0].cost.amount", equalTo("688.84"))
                .body("totals[0].margin.amount", equalTo("683.17"))
                .body("totals[0].margin.currency", equalTo("EUR"))
                .body("totals[0].marginPercent", equalTo("49.79"))
                .body("totals[0].hoursWithoutCostRate", equalTo("0.00"))
                .body("totals[1].currency", equalTo("USD"))
                .body("totals[1].revenue.amount", equalTo("200.00"))
                .body("totals[1].cost.amount", equalTo("200.00"))
                .body("totals[1].margin.amount", equalTo("0.00"))
                .body("totals[1].margin.currency", equalTo("USD"))
                .body("totals[1].marginPercent", equalTo("0.00"))
                .body("jobs", hasSize(3))
                .body(line(first, "revenue.amount"), equalTo("970.01"))
                .body(line(first, "cost.amount"), equalTo("502.75"))
                .body(line(first, "margin.amount"), equalTo("467.26"))
                .body(line(first, "marginPercent"), equalTo("48.17"))
                .body(line(second, "revenue.amount"), equalTo("402.00"))
                .body(line(second, "cost.amount"), equalTo("186.09"))
                .body(line(second, "margin.amount"), equalTo("215.91"))
                .body(line(second, "marginPercent"), equalTo("53.71"))
                .body(line(dollars, "margin.currency"), equalTo("USD"));
        // the job's own figure is the same computation
        given().header("Authorization", Staff.finance()).when().get("/api/jobs/{job}/margin", second)
                .then().statusCode(200).body("margin.amount", equalTo("215.91")).body("marginPercent",
                        equalTo("53.71"));
    }

    @Test
    void aClientWithoutJobsHasNoTotals() {
        UUID client = UUID.randomUUID();
        Billing.awaitTeam(client);
        given().header("Authorization", Staff.director()).when().get("/api/clients/{client}/margin", client)
                .then().statusCode(200).body("totals", hasSize(0)).body("jobs", hasSize(0));
    }

    @Test
    void onlySupervisorsDirectorsAndFinanceOfTheClientSeeIt() {
        UUID client = UUID.randomUUID();
        String job = Events.newJobNumber();
        Billing.openBudget(job, client, "1000.00", "EUR");
        Billing.cost(job, "10.00", "EUR").statusCode(201);
        given().header("Authorization", Staff.executive()).when().get("/api/clients/{client}/margin", client)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("Only account supervisors, directors and finance see cost rates and margins"));
        given().header("Authorization", Staff.creative()).when().get("/api/clients/{client}/margin", client)
                .then().statusCode(403)
                .body("detail", equalTo("The creative department does not see budgets, rates or invoices"));
        // a supervisor of another team learns nothing, not even that the client exists
        given().header("Authorization", Staff.outsider()).when().get("/api/clients/{client}/margin", client)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Client " + client + " does not exist"))
                .body("totals", nullValue());
        given().header("Authorization", Staff.finance()).when().get("/api/clients/{client}/margin", client)
                .then().statusCode(200).body("totals[0].margin.amount", equalTo("0.00"));
    }

    private static String line(String job, String field) {
        return "jobs.find { it.jobNumber == '" + job + "' }." + field;
    }
}
