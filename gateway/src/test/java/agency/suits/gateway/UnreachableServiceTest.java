package agency.suits.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import agency.suits.gateway.stub.Callers;
import agency.suits.gateway.stub.StubServices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The creative workflow service is down (nothing listens on its port); the rest of the system is not. */
@QuarkusTest
@WithTestResource(value = StubServices.class, initArgs = @ResourceArg(name = "unreachable", value = "creative"))
class UnreachableServiceTest {

    @BeforeAll
    static void signIn() {
        Callers.signedIn();
    }

    @BeforeAll
    static void logExchangesThatFail() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void answers502ProblemNamingTheServiceThatIsDown() {
        given().header("Authorization", Callers.bearer())
                .when().get("/api/creative-jobs/cj-1/rounds")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("https://suits.local/problems/upstream-unreachable"))
                .body("title", equalTo("Service unavailable through the gateway"))
                .body("status", equalTo(502))
                .body("detail", equalTo("creative-workflow-service is unreachable; try again shortly."))
                .body("instance", equalTo("/api/creative-jobs/cj-1/rounds"));
    }

    @Test
    void answers502ProblemForAPostWhoseBodyCouldNotBeDelivered() {
        given().contentType("application/json").body("{\"decision\":\"APPROVED\"}")
                .when().post("/api/creative-jobs/cj-1/feedback")
                .then().statusCode(502)
                .body("type", equalTo("https://suits.local/problems/upstream-unreachable"));
    }

    @Test
    void keepsRoutingToTheServicesThatAreUp() {
        given()
                .when().get("/api/briefs/b-1")
                .then().statusCode(200)
                .body("service", equalTo("briefs-service"));
    }

    @Test
    void answers502ProblemForTheDownServicesApiDocument() {
        given()
                .when().get("/openapi/creative")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("detail", equalTo("creative-workflow-service is unreachable; try again shortly."));
    }

    @Test
    void staysReadyAndReportsTheServiceAsUnreachable() {
        given()
                .when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstream services' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'upstream services' }.data.creative", startsWith("unreachable"))
                .body("checks.find { it.name == 'upstream services' }.data.clients", equalTo("ready"));
    }

    @Test
    void theWorkListStillAnswersWithoutTheServiceThatIsDown() {
        given().header("Authorization", Callers.bearer())
                .when().get("/api/me/work")
                .then().statusCode(200)
                .body("partial", equalTo(true))
                .body("unavailable.service", contains("creative-workflow-service"))
                .body("unavailable.detail", contains("creative-workflow-service is unreachable."))
                .body("items.service", contains("billing-service", "briefs-service"));
    }
}
