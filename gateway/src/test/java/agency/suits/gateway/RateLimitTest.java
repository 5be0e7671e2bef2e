package agency.suits.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import agency.suits.gateway.stub.Callers;
import agency.suits.gateway.stub.StubServices;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A burst over a caller's limit gets 429 with the RateLimit fields and Retry-After; other callers go on. */
@QuarkusTest
@WithTestResource(StubServices.class)
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suits.gateway.edge.rate-limits.write.limit", "5",
                    "suits.gateway.edge.rate-limits.anonymous.limit", "3");
        }
    }

    @BeforeAll
    static void signIn() {
        Callers.signedIn();
    }

    @Test
    void aBurstOverTheLimitGets429WithTheHeadersAndNobodyUnderItIsThrottled() {
        String busy = Callers.bearer("busy-integration");
        for (int i = 1; i <= 5; i++) {
            given().header("Authorization", busy).contentType("application/json").body("{}")
                    .when().post("/api/time-entries")
                    .then().statusCode(200)
                    .header("RateLimit", matchesPattern("\"write\";r=" + (5 - i) + ";t=\\d+"));
        }
        given().header("Authorization", busy).contentType("application/json").body("{}")
                .when().post("/api/time-entries")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("RateLimit-Policy", "\"write\";q=5;w=60")
                .header("RateLimit", matchesPattern("\"write\";r=0;t=\\d+"))
                .header("Retry-After", matchesPattern("\\d+"))
                .body("type", equalTo("https://suits.local/problems/too-many-requests"));

        // reads are counted apart from writes, and another caller has a window of its own
        given().header("Authorization", busy).when().get("/api/clients").then().statusCode(200);
        given().header("Authorization", Callers.bearer("quiet-person")).contentType("application/json").body("{}")
                .when().post("/api/time-entries").then().statusCode(200);
    }

    @Test
    void countsRequestsWithoutAValidTokenByAddress() {
        int unauthorized = 0;
        int throttled = 0;
        for (int i = 0; i < 5; i++) {
            int status = given().header("Authorization", "Bearer forged").when().get("/api/clients")
                    .then().extract().statusCode();
            unauthorized += status == 401 ? 1 : 0;
            throttled += status == 429 ? 1 : 0;
        }
        assertThat(unauthorized + throttled, equalTo(5));
        assertThat("three attempts per window, then 429", throttled, equalTo(2));
    }
}
