package agency.suits.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import agency.suits.gateway.stub.Callers;
import agency.suits.gateway.stub.StubServices;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A browser app on another origin: its preflight is answered by the gateway itself (no token, nothing forwarded),
 * and its calls may read the headers the API speaks in. The test profile allows http://localhost:5173 only.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class CorsTest {

    @BeforeAll
    static void signIn() {
        Callers.signedIn();
    }

    private static final String APP = "http://localhost:5173";

    @Test
    void answersAPreflightWithoutATokenAndWithoutAskingTheService() {
        given().header("Origin", APP)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .when().options("/api/clients/123")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                // the stub echoes every request it gets as JSON; a preflight never reaches it
                .header("Content-Type", nullValue());
    }

    @Test
    void letsTheAppReadETagLocationAndTheRequestId() {
        given().header("Origin", APP)
                .when().get("/api/clients")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void refusesAnOriginNobodyAllowed() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/clients/123")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aCallerWithoutAnOriginIsNotABrowserAndPassesAsBefore() {
        given().when().get("/api/clients")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .body("method", equalTo("GET"));
    }
}
