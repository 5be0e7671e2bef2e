package agency.suits.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import agency.suits.gateway.stub.Callers;
import agency.suits.gateway.stub.StubServices;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * {@code GET /api/book}: the gateway asks clients, creative and billing at once and joins their parts by client.
 * The stubs list accounts c-1 and c-2 in clients, jobs for c-1 in creative and money for c-2 in billing.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class BookTest {

    @BeforeAll
    static void logExchangesThatFail() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void joinsEachAccountWithItsJobsAndMoneyInTheAccountsOrder() {
        given().header("Authorization", Callers.bearer("dana")).header("X-Request-Id", "book-1")
                .when().get("/api/book")
                .then().statusCode(200)
                .contentType("application/json")
                .header("X-Request-Id", "book-1")
                .body("partial", equalTo(false))
                .body("unavailable", empty())
                .body("accounts.clientId", contains("c-1", "c-2"))
                .body("accounts[0].subject", equalTo("dana"))
                .body("accounts[0].jobs.openJobs", equalTo(2))
                .body("accounts[0].money.clientId", equalTo("c-1"))
                .body("accounts[0].money.jobsOverBudget", equalTo(0))
                .body("accounts[0].money.budgets", empty())
                .body("accounts[1].jobs.openJobs", equalTo(0))
                .body("accounts[1].jobs.roundsUsed", equalTo(0))
                .body("accounts[1].money.jobsOverBudget", equalTo(1));
    }

    @Test
    void theNarrowingGoesToClientsAloneWhichOwnsTheAccounts() {
        given().header("Authorization", Callers.bearer("dana"))
                .queryParam("supervisorId", "5a3e9c1d-7f40-4c39-8f0e-6f1b2c3d4e5f").queryParam("sort", "NAME")
                .when().get("/api/book")
                .then().statusCode(200)
                .body("accounts[0].sawQuery", equalTo("supervisorId=5a3e9c1d-7f40-4c39-8f0e-6f1b2c3d4e5f&sort=NAME"))
                .body("accounts[0].jobs.sawQuery", nullValue());
    }

    @Test
    void aMissingFigurePartLeavesItsFieldNullOnEveryAccountAndTheBookPartial() {
        given().header("Authorization", Callers.bearer("failing-billing"))
                .when().get("/api/book")
                .then().statusCode(200)
                .body("partial", equalTo(true))
                .body("unavailable.service", contains("billing-service"))
                .body("unavailable.detail", contains("billing-service answered 500."))
                .body("accounts.money", contains(nullValue(), nullValue()))
                .body("accounts[0].jobs.openJobs", equalTo(2));
        given().header("Authorization", Callers.bearer("silent-creative"))
                .when().get("/api/book")
                .then().statusCode(200)
                .body("unavailable.detail", contains("creative-workflow-service did not answer within "
                        + StubServices.WORK_TIMEOUT_MILLIS + " ms."))
                .body("accounts.jobs", contains(nullValue(), nullValue()));
    }

    @Test
    void withoutClientsThereIsNoBookAndItsRefusalIsTheCallersAnswer() {
        given().header("Authorization", Callers.bearer("failing-clients"))
                .when().get("/api/book")
                .then().statusCode(503)
                .body("detail", equalTo("The book's accounts come from clients-service: clients-service answered "
                        + "500. Try again shortly."));
        given().header("Authorization", Callers.bearer("silent-clients"))
                .when().get("/api/book")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", equalTo("https://suits.local/problems/book-unavailable"))
                .body("detail", equalTo("The book's accounts come from clients-service: clients-service did not "
                        + "answer within " + StubServices.WORK_TIMEOUT_MILLIS + " ms. Try again shortly."));
        given().header("Authorization", Callers.bearer("refused-clients"))
                .when().get("/api/book")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("Stub refusal"));
    }

    @Test
    void theJoinedDocumentDescribesTheOperation() {
        given().header("Authorization", Callers.bearer())
                .when().get("/openapi")
                .then().statusCode(200)
                .body("paths.'/api/book'.get.operationId", equalTo("listBook"))
                .body("components.schemas.Book.required", contains("accounts", "partial", "unavailable"));
    }
}
