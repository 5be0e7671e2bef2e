package agency.suits.billing.budget;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.testing.ProblemContent;
import agency.suits.testing.events.JobEvents;
import agency.suits.testing.events.Published;
import agency.suits.web.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.parsing.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class JobBudgetTest {

    @BeforeAll
    static void problems() {
        RestAssured.registerParser(ProblemContent.MEDIA_TYPE, Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void briefSubmittedOpensAProvisionalBudget() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "12500.5", "EUR");

        given().header("Authorization", Staff.executive())
                .when().get("/api/jobs/{job}/budget", job)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("jobNumber", equalTo(job))
                .body("clientId", equalTo(client.toString()))
                .body("basis", equalTo("PROVISIONAL"))
                .body("budget.amount", equalTo("12500.50"))
                .body("budget.currency", equalTo("EUR"))
                .body("actuals.amount", equalTo("0.00"))
                .body("committed.amount", equalTo("0.00"))
                .body("remaining.amount", equalTo("12500.50"))
                .body("burnPercent", equalTo("0.00"));
    }

    @Test
    void aRedeliveredBriefIsAppliedOnce() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        BriefSubmitted first = JobEvents.brief(job, client).budget("1000.00", "EUR").submitted();
        String firstEnvelope = Published.event(first);
        awaitBudget(job, "1000.00");
        Published.event(JobEvents.brief(job, client).budget("2000.00", "EUR").submitted());
        awaitBudget(job, "2000.00");

        // the first brief comes again with the same event id, then a third brief behind it on the same partition;
        // had the redelivery been applied, the budget would have changed twice more (version 3, not 2)
        Published.again(first, firstEnvelope);
        Published.event(JobEvents.brief(job, client).budget("3000.00", "EUR").submitted());
        awaitBudget(job, "3000.00");

        given().header("Authorization", Staff.director())
                .when().get("/api/jobs/{job}/budget", job)
                .then().statusCode(200)
                .body("budget.amount", equalTo("3000.00"))
                .header("ETag", equalTo("\"2\""));
    }

    @Test
    void creativesNeverSeeTheBudget() {
        given().header("Authorization", Staff.creative())
                .when().get("/api/jobs/{job}/budget", "ACME-2026-0001")
                .then().statusCode(403)
                .contentType(ProblemContent.MEDIA_TYPE)
                .body("status", equalTo(403))
                .body("detail", equalTo("The creative department does not see budgets, rates or invoices"));
    }

    @Test
    void anUnknownJobIsNotFoundAndAMalformedOneIsABadRequest() {
        ProblemContent.assertProblem(given().header("Authorization", Staff.supervisor())
                        .when().get("/api/jobs/{job}/budget", "NOPE-2026-9999").then(),
                ProblemType.NOT_FOUND, "/api/jobs/NOPE-2026-9999/budget").statusCode(404);
        given().header("Authorization", Staff.supervisor())
                .when().get("/api/jobs/{job}/budget", "not-a-job")
                .then().statusCode(400)
                .contentType(ProblemContent.MEDIA_TYPE)
                .body("errors[0].message", equalTo("must be a job number such as ACME-2026-0042"));
    }

    private static void awaitBudget(String job, String amount) {
        Billing.awaitBudget(job, amount);
    }
}
