package agency.suits.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import agency.suits.gateway.stub.Callers;
import agency.suits.gateway.stub.StubServices;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Every connection to a service busy and nobody may queue: 503 with Retry-After, not a 502 "unreachable". */
@QuarkusTest
@WithTestResource(StubServices.class)
@TestProfile(PoolSaturationTest.OneConnection.class)
class PoolSaturationTest {

    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suits.gateway.max-connections-per-service", "1",
                    "suits.gateway.max-waiting-per-service", "0");
        }
    }

    @TestHTTPResource("/")
    URL gateway;

    @BeforeAll
    static void signIn() {
        Callers.signedIn();
    }

    @Test
    void answers503WithRetryAfterWhileTheOnlyConnectionIsBusy() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        CompletableFuture<HttpResponse<Void>> slow = client.sendAsync(
                HttpRequest.newBuilder(URI.create(gateway + "api/clients/c-1/slow"))
                        .header("Authorization", Callers.bearer()).build(),
                HttpResponse.BodyHandlers.discarding());
        try {
            awaitBusy();
            given().when().get("/api/clients/c-2")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("type", equalTo("https://suits.local/problems/upstream-saturated"))
                    .body("detail", equalTo("Every connection to clients-service is in use; try again in a second."));
            // the other services have pools of their own
            given().when().get("/api/briefs/b-1").then().statusCode(200);
        } finally {
            slow.cancel(true);
        }
    }

    /** The slow call holds the connection once the stub has it; until then a second call might take it first. */
    private static void awaitBusy() throws InterruptedException {
        Thread.sleep(500);
    }
}
