package agency.suits.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.gateway.stub.Callers;
import agency.suits.gateway.stub.StubServices;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Each service's OpenAPI document through the gateway, the four joined into one, the events' AsyncAPI document, and
 * the one Swagger UI that lists them all.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class ApiDocumentsTest {

    @BeforeAll
    static void signIn() {
        Callers.signedIn();
    }

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
                .contentType(containsString("application/json"))
                .header("X-Stub-Saw-Query", "format=json")
                .body("info.title", equalTo(service));
        given()
                .when().get("/openapi/" + name)
                .then().statusCode(200)
                .contentType(containsString("application/yaml"))
                .body(containsString("title: " + service));
    }

    @Test
    void joinsTheFourDocumentsIntoOne() {
        given()
                .when().get("/openapi")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("info.title", equalTo("Suits API"))
                .body("paths.keySet()", containsInAnyOrder("/api/me/work", "/api/book", "/api/clients", "/api/briefs",
                        "/api/creative", "/api/billing"))
                .body("paths.'/api/billing'.get.operationId", equalTo("listBilling"))
                .body("components.schemas.keySet()", contains("MyWork", "UnavailableWorkPart", "Book", "BookEntry",
                        "Problem"))
                .body("tags.name", contains("Work", "Book", "Operations"));
    }

    @Test
    void servesTheEventsAsyncApiDocumentWithEveryEventType() {
        var document = given()
                .when().get("/asyncapi")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("asyncapi", equalTo("3.0.0"))
                .body("channels.keySet()", contains(Topics.ALL.toArray()))
                .extract().jsonPath();
        for (EventType type : EventType.values()) {
            String name = type.eventName() + ".v" + type.version();
            assertEquals(type.eventName(),
                    document.getString("components.messages.'" + name + "'.name"), name);
            assertEquals("#/components/messages/" + name,
                    document.getString("channels.'" + type.topic() + "'.messages.'" + name + "'.$ref"), name);
        }
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
