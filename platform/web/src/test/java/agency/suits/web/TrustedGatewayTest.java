package agency.suits.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

/** From the gateway's address (loopback by default) the forwarding headers are honoured: Location names the edge. */
@QuarkusTest
class TrustedGatewayTest {

    @Test
    void buildsLocationFromTheGatewaysForwardingHeaders() {
        given().contentType(ContentType.JSON)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "api.agency.example")
                .body("{\"name\": \"Acme\", \"since\": \"2024-02-01\", \"includedRounds\": 1}")
                .when().post("/probe/accounts")
                .then().statusCode(201)
                .header("Location", startsWith("https://api.agency.example/probe/accounts/"));
    }
}
