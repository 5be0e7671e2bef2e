package agency.suits.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import agency.suits.gateway.stub.Callers;
import agency.suits.gateway.stub.StubServices;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/** Which service gets which {@code /api} path, as the Foundation issue assigns them. */
@QuarkusTest
@WithTestResource(StubServices.class)
class ApiRoutingTest {

    @BeforeAll
    static void signIn() {
        Callers.signedIn();
    }

    /** Calls made with java.net.http give up after this, so a gateway that hangs fails the test, not stalls it. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    @TestHTTPResource("/")
    URL gateway;

    @BeforeAll
    static void logExchangesThatFail() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Written out here rather than read from the route table, so the test checks the table against the issue. */
    static Stream<Arguments> prefixesAndOwners() {
        return Stream.of(
                arguments("/api/staff", "clients-service"),
                arguments("/api/clients", "clients-service"),
                arguments("/api/contracts", "clients-service"),
                arguments("/api/me/notifications", "clients-service"),
                arguments("/api/me/notification-settings", "clients-service"),
                arguments("/api/job-requests", "briefs-service"),
                arguments("/api/briefs", "briefs-service"),
                arguments("/api/creative-jobs", "creative-workflow-service"),
                arguments("/api/rate-cards", "billing-service"),
                arguments("/api/estimates", "billing-service"),
                arguments("/api/jobs", "billing-service"),
                arguments("/api/change-orders", "billing-service"),
                arguments("/api/time-entries", "billing-service"),
                arguments("/api/cost-entries", "billing-service"),
                arguments("/api/invoices", "billing-service"),
                arguments("/api/payables", "billing-service"),
                arguments("/api/billing-summaries", "billing-service"),
                arguments("/api/clients/7/margin", "billing-service"),
                arguments("/api/clients/7/retainer-periods", "billing-service"),
                arguments("/api/operations/clients-service/dead-letters", "clients-service"),
                arguments("/api/operations/billing-service/dead-letters", "billing-service"));
    }

    @ParameterizedTest
    @MethodSource("prefixesAndOwners")
    void routesThePrefixItselfToItsOwner(String prefix, String owner) {
        given()
                .when().get(prefix)
                .then().statusCode(200)
                .body("service", equalTo(owner))
                .body("method", equalTo("GET"))
                .body("uri", equalTo(prefix));
    }

    @ParameterizedTest
    @MethodSource("prefixesAndOwners")
    void routesPathsBelowThePrefixWithTheirQueryToItsOwner(String prefix, String owner) {
        given().urlEncodingEnabled(false)
                .when().get(prefix + "/42/history?from=2024-01-01&tag=a%20b&tag=c")
                .then().statusCode(200)
                .body("service", equalTo(owner))
                .body("path", equalTo(prefix + "/42/history"))
                .body("query", equalTo("from=2024-01-01&tag=a%20b&tag=c"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/clients/7", "/api/clients/7/contacts", "/api/clients/7/marginal" })
    void leavesEverythingElseOfAClientToClientsService(String path) {
        given()
                .when().get(path)
                .then().statusCode(200)
                .body("service", equalTo("clients-service"))
                .body("path", equalTo(path));
    }

    @ParameterizedTest
    @ValueSource(strings = { "PUT", "PATCH", "DELETE", "OPTIONS" })
    void forwardsEveryMethodAsIs(String method) {
        given().contentType("application/json").body("{\"round\":2}")
                .when().request(method, "/api/briefs/b-7")
                .then().statusCode(200)
                .body("service", equalTo("briefs-service"))
                .body("method", equalTo(method))
                .body("path", equalTo("/api/briefs/b-7"));
    }

    @Test
    void refusesTraceRatherThanEchoTheCallersTokenBack() {
        given().header("Authorization", Callers.bearer())
                .when().request("TRACE", "/api/clients")
                .then().statusCode(405)
                .header("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS")
                .contentType("application/problem+json")
                .body("type", equalTo("https://suits.local/problems/method-not-allowed"))
                .body("detail", equalTo(
                        "TRACE is not supported on /api/clients; use GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS."));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/clientsX", "/api/jobsheet", "/api/clients-archive/3", "/api", "/api/",
            "/api/unknown/1" })
    void answersAPathNoServiceOwnsWith404Problem(String path) {
        given()
                .when().get(path)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://suits.local/problems/not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("No service serves " + path + "."))
                .body("instance", equalTo(path))
                .body("requestId", notNullValue());
    }

    @Test
    void routesOnTheNormalizedPathSoDotSegmentsCannotReachAnotherService() throws Exception {
        // REST Assured would resolve the dot segments itself; java.net.http sends the path as written.
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(gateway + "api/clients/../payables/3"))
                .header("Authorization", Callers.bearer())
                .timeout(CALL_TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode(), equalTo(200));
        JsonPath echo = JsonPath.from(response.body());
        assertThat(echo.getString("service"), equalTo("billing-service"));
        assertThat(echo.getString("path"), equalTo("/api/payables/3"));
    }
}
