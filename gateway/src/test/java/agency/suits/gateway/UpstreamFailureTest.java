package agency.suits.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import agency.suits.gateway.stub.Callers;
import agency.suits.gateway.stub.StubServices;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Services that are slow or break mid-call: the caller gets a problem, never a hang or a bare 500. */
@QuarkusTest
@WithTestResource(StubServices.class)
class UpstreamFailureTest {

    @BeforeAll
    static void signIn() {
        Callers.signedIn();
    }

    @TestHTTPResource("/")
    URL gateway;

    @BeforeAll
    static void logExchangesThatFail() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void answers504ProblemWhenTheServiceIsSlowerThanItsRouteTimeout() {
        long started = System.nanoTime();

        given()
                .when().get("/api/jobs/J-2024-001/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("https://suits.local/problems/upstream-timeout"))
                .body("title", equalTo("Service did not answer in time"))
                .body("status", equalTo(504))
                .body("detail", equalTo("billing-service did not answer within "
                        + StubServices.BILLING_TIMEOUT_MILLIS + " ms."))
                .body("instance", equalTo("/api/jobs/J-2024-001/slow"))
                .body("requestId", notNullValue());

        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        // Waited the route timeout, then gave up long before the stub would have answered (with a 200).
        // The upper bound is loose on purpose: a busy build machine must not make this test flaky.
        assertThat(elapsedMillis, allOf(greaterThanOrEqualTo(StubServices.BILLING_TIMEOUT_MILLIS),
                lessThan(StubServices.SLOW_ANSWER_MILLIS / 2)));
    }

    @Test
    void answers502ProblemWhenTheServiceDropsTheConnection() {
        given().contentType("application/json").body("{\"hours\":3}")
                .when().post("/api/time-entries/broken")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("https://suits.local/problems/upstream-failed"))
                .body("status", equalTo(502))
                .body("detail", equalTo("billing-service closed the connection before answering."))
                .body("instance", equalTo("/api/time-entries/broken"));
    }

    @Test
    void abandonsTheUpstreamCallWhenTheCallerHangsUp() throws Exception {
        int abandonedBefore = abandonedSlowCallsAtClientsService();
        // The clients service has the default 30 s route timeout: only the caller's hang-up can end this call.
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "api/clients/c-1/slow"))
                .header("Authorization", Callers.bearer())
                .timeout(Duration.ofMillis(300))
                .build();

        assertThrows(HttpTimeoutException.class,
                () -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                        .send(request, HttpResponse.BodyHandlers.ofString()));

        long deadline = System.nanoTime() + Duration.ofMillis(StubServices.SLOW_ANSWER_MILLIS / 2).toNanos();
        while (abandonedSlowCallsAtClientsService() == abandonedBefore && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(abandonedSlowCallsAtClientsService(), equalTo(abandonedBefore + 1));
    }

    private static int abandonedSlowCallsAtClientsService() {
        return given().when().get("/api/clients/abandoned")
                .then().statusCode(200)
                .extract().path("abandoned");
    }

    @Test
    void keepsServingAfterAFailedCall() {
        given().when().get("/api/creative-jobs/broken").then().statusCode(502);

        given()
                .when().get("/api/creative-jobs/cj-1")
                .then().statusCode(200)
                .body("service", equalTo("creative-workflow-service"));
    }
}
