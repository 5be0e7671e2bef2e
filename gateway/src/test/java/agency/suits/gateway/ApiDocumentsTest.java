package agency.suits.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import agency.suits.gateway.stub.StubServices;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Each service's OpenAPI document through the gateway, and the one Swagger UI that lists them all. */
@QuarkusTest
@WithTestResource(StubServices.class)
class ApiDocumentsTest {

    @BeforeAll
    static void logExchangesThatFail() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @ParameterizedTest
    @CsvSource({ "clients, clients-service", "briefs, briefs-service", "creative, creative-workflow-service",
            "billing, billing-service" })
    void servesEachServicesDocumentFromItsQOpenapi(String name, String service) {
        given()
                .when().get("/openapi/" + name + "?format=json")
                .then().statusCode(200)
                .contentType(containsString("application/yaml"))
                .header("X-Stub-Saw-Query", "format=json")
                .body(containsString("title: " + service));
    }

    @Test
    void answersAnUnknownDocumentWith404Problem() {
        given()
                .when().get("/openapi/payroll")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://suits.local/problems/not-found"))
                .body("status", equalTo(404))
                .body("detail", equalTo(
                        "There is no OpenAPI document named 'payroll'; known: clients, briefs, creative, billing."))
                .body("instance", equalTo("/openapi/payroll"));
    }

    @Test
    void answersAWriteToADocumentWith405Problem() {
        given().contentType("application/json").body("{}")
                .when().post("/openapi/clients")
                .then().statusCode(405)
                .header("Allow", "GET, HEAD")
                .contentType("application/problem+json")
                .body("type", equalTo("https://suits.local/problems/method-not-allowed"))
                .body("detail", equalTo("POST is not supported on /openapi/clients; use GET."));
    }

    @Test
    void servesASwaggerUiListingTheFourServiceDocuments() {
        given()
                .when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(allOf(
                        containsString("/openapi/clients"),
                        containsString("/openapi/briefs"),
                        containsString("/openapi/creative"),
                        containsString("/openapi/billing")));
    }
}
