package agency.suits.billing.access;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import agency.suits.testing.ProblemContent;
import agency.suits.web.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AccessTest {

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void onlyTheClientsTeamDirectorsAndFinanceSeeItsBilling() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "900.00", "EUR");
        Billing.cost(job, "10.00", "EUR").statusCode(201);
        String invoice = Billing.draftTimeAndMaterials(job).statusCode(201).extract().path("id");

        for (String token : new String[]{Staff.executive(), Staff.director(), Staff.finance()}) {
            given().header("Authorization", token).when().get("/api/jobs/{job}/budget", job)
                    .then().statusCode(200).body("budget.amount", equalTo("900.00"));
            given().header("Authorization", token).when().get("/api/invoices/{id}", invoice)
                    .then().statusCode(200);
            given().header("Authorization", token).when().get("/api/billing-summaries/{client}", client)
                    .then().statusCode(200);
        }

        String outsider = Staff.outsider();
        given().header("Authorization", outsider).when().get("/api/jobs/{job}/budget", job)
                .then().statusCode(404).contentType(startsWith(ProblemContent.MEDIA_TYPE))
                .body("type", equalTo(ProblemType.NOT_FOUND.uri()));
        given().header("Authorization", outsider).when().get("/api/invoices/{id}", invoice)
                .then().statusCode(404).body("type", equalTo(ProblemType.NOT_FOUND.uri()));
        given().header("Authorization", outsider).when().get("/api/billing-summaries/{client}", client)
                .then().statusCode(404).body("type", equalTo(ProblemType.NOT_FOUND.uri()));
        given().header("Authorization", outsider).queryParam("jobNumber", job).when().get("/api/invoices")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().header("Authorization", Staff.finance()).queryParam("jobNumber", job).when().get("/api/invoices")
                .then().statusCode(200).body("items.id", hasItem(invoice));
        given().header("Authorization", outsider).when().get("/api/cost-entries")
                .then().statusCode(200).body("items.jobNumber", not(hasItem(job)));
        Billing.cost(job, "1.00", "EUR"); // the team member can, the outsider cannot book on the job:
        given().header("Authorization", outsider).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\", \"vendorName\": \"V\", \"description\": \"D\", "
                        + "\"amount\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}, \"incurredOn\": \"2026-11-20\"}")
                .when().post("/api/cost-entries")
                .then().statusCode(404).body("detail", equalTo("Job budget " + job + " does not exist"));
        given().header("Authorization", outsider).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"reason\": \"x\"}")
                .when().post("/api/invoices/{id}/void", invoice)
                .then().statusCode(403);
    }

    @Test
    void creativesNeverSeeMoneyEvenOfTheirOwnJobs() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "900.00", "EUR");
        for (String path : new String[]{"/api/jobs/" + job + "/budget", "/api/invoices", "/api/estimates",
                "/api/change-orders", "/api/payables", "/api/time-entries", "/api/rate-cards"}) {
            given().header("Authorization", Staff.creative()).when().get(path)
                    .then().statusCode(403).contentType(startsWith(ProblemContent.MEDIA_TYPE))
                    .body("detail", equalTo("The creative department does not see budgets, rates or invoices"));
        }
    }

    /** Traffic plans time, not money: it does not hold SEE_MONEY ({@code Role.seesMoney()}). */
    @Test
    void trafficSeesNoMoneyEither() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "900.00", "EUR");
        for (String path : new String[]{"/api/jobs/" + job + "/budget", "/api/invoices", "/api/rate-cards"}) {
            given().header("Authorization", Staff.traffic()).when().get(path)
                    .then().statusCode(403).contentType(startsWith(ProblemContent.MEDIA_TYPE))
                    .body("type", equalTo(ProblemType.FORBIDDEN.uri()))
                    .body("detail", equalTo(BillingPermission.SEE_MONEY.refusal()));
        }
    }
}
