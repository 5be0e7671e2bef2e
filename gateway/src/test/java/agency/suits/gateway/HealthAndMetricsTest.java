package agency.suits.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import agency.suits.gateway.stub.Callers;
import agency.suits.gateway.stub.StubServices;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
@WithTestResource(StubServices.class)
class HealthAndMetricsTest {

    @BeforeAll
    static void signIn() {
        Callers.signedIn();
    }

    private static final String UPSTREAMS = "checks.find { it.name == 'upstream services' }";

    @BeforeAll
    static void logExchangesThatFail() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void isReadyAndReportsEachServicesReadiness() {
        given()
                .when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(UPSTREAMS + ".status", equalTo("UP"))
                .body(UPSTREAMS + ".data.clients", equalTo("ready"))
                .body(UPSTREAMS + ".data.briefs", equalTo("ready"))
                .body(UPSTREAMS + ".data.creative", equalTo("ready"))
                .body(UPSTREAMS + ".data.billing", equalTo("ready"));
    }

    @Test
    void recordsRequestMetricsPerRouteNotPerId() {
        given().when().get("/api/clients/c-81723/contacts").then().statusCode(200);

        given()
                .when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("uri=\"/api/clients/{path}\""))
                .body(not(containsString("c-81723")));
    }
}
