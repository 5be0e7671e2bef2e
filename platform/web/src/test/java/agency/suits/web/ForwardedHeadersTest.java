package agency.suits.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

/**
 * A service builds Location from X-Forwarded-* only when the sender is a trusted proxy (the gateway). Here the tests'
 * own address is not among the trusted ones, as a stranger who reached the service directly would not be.
 */
@QuarkusTest
@TestProfile(ForwardedHeadersTest.GatewayElsewhere.class)
class ForwardedHeadersTest {

    public static class GatewayElsewhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "10.11.12.13");
        }
    }

    @Test
    void ignoresForwardingHeadersFromASenderThatIsNotTheGateway() {
        given().contentType(ContentType.JSON)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example")
                .body("{\"name\": \"Acme\", \"since\": \"2024-02-01\", \"includedRounds\": 1}")
                .when().post("/probe/accounts")
                .then().statusCode(201)
                .header("Location", startsWith("http://localhost:"));
    }
}
