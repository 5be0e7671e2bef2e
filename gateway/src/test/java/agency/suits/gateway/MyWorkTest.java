package agency.suits.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import agency.suits.gateway.stub.Callers;
import agency.suits.gateway.stub.StubServices;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** {@code GET /api/me/work}: the gateway asks briefs, creative and billing at once and merges their parts. */
@QuarkusTest
@WithTestResource(StubServices.class)
class MyWorkTest {

    @BeforeAll
    static void logExchangesThatFail() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void mergesEveryServicesItemsOldestFirst() {
        given().header("Authorization", Callers.bearer("carol")).header("X-Request-Id", "work-1")
                .when().get("/api/me/work")
                .then().statusCode(200)
                .contentType("application/json")
                .header("X-Request-Id", "work-1")
                .body("partial", equalTo(false))
                .body("unavailable", empty())
                .body("items.service", contains("creative-workflow-service", "billing-service", "briefs-service"))
                .body("items.waitingSince", contains("2026-11-01T09:00:00Z", "2026-11-02T09:00:00Z",
                        "2026-11-03T09:00:00Z"));
    }

    @Test
    void asksEachServiceWithTheCallersTokenAndRequestId() {
        given().header("Authorization", Callers.bearer("dave")).header("X-Request-Id", "work-2")
                .when().get("/api/me/work")
                .then().statusCode(200)
                // the stubs answer for the subject of the token they were sent
                .body("items.subject", everyItem(equalTo("dave")))
                .body("items.sawRequestId", everyItem(equalTo("work-2")));
    }

    @Test
    void aServiceAnswering5xxMakesTheAnswerPartialAndTheRestStillComes() {
        given().header("Authorization", Callers.bearer("failing-billing"))
                .when().get("/api/me/work")
                .then().statusCode(200)
                .body("partial", equalTo(true))
                .body("unavailable.service", contains("billing-service"))
                .body("unavailable.detail", contains("billing-service answered 500."))
                .body("items.service", contains("creative-workflow-service", "briefs-service"));
    }

    @Test
    void aSilentServiceIsGivenUpOnAfterTheWorkTimeout() {
        given().header("Authorization", Callers.bearer("silent-creative"))
                .when().get("/api/me/work")
                .then().statusCode(200)
                .body("partial", equalTo(true))
                .body("unavailable.service", contains("creative-workflow-service"))
                .body("unavailable.detail", contains("creative-workflow-service did not answer within "
                        + StubServices.WORK_TIMEOUT_MILLIS + " ms."))
                .body("items.service", contains("billing-service", "briefs-service"));
    }

    @Test
    void withoutATokenTheEdgeAnswers401AndNoServiceIsAsked() {
        given().header("Authorization", "")
                .when().get("/api/me/work")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://suits.local/problems/unauthorized"))
                .body("detail", equalTo("This path needs a bearer token: send 'Authorization: Bearer <token>'."));
        given().header("Authorization", Callers.expiredBearer())
                .when().get("/api/me/work")
                .then().statusCode(401)
                .body("type", equalTo("https://suits.local/problems/unauthorized"));
    }

    @Test
    void aWriteIsRefusedWith405() {
        given().header("Authorization", Callers.bearer()).contentType("application/json").body("{}")
                .when().post("/api/me/work")
                .then().statusCode(405)
                .header("Allow", "GET, HEAD")
                .contentType("application/problem+json")
                .body("detail", equalTo("POST is not supported on /api/me/work; use GET."));
    }

    @Test
    void theJoinedDocumentDescribesTheOperation() {
        given().header("Authorization", Callers.bearer())
                .when().get("/openapi")
                .then().statusCode(200)
                .body("paths.'/api/me/work'.get.operationId", equalTo("listMyWork"))
                .body("paths.'/api/me/work'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/MyWork"))
                .body("components.schemas.MyWork.required", contains("items", "partial", "unavailable"));
    }
}
