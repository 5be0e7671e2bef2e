package agency.suits.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import agency.suits.gateway.stub.Callers;
import agency.suits.gateway.stub.StubServices;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the gateway refuses before anything reaches a service: requests without a valid token, and requests larger
 * than it forwards, each with a problem body. (The stub services echo what they get as JSON, so an answer that is a
 * problem document came from the gateway.)
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class EdgeGuardTest {

    @TestHTTPResource("/")
    URL gateway;

    @BeforeAll
    static void signIn() {
        Callers.signedIn();
    }

    @Test
    void answers401ItselfWhenTheTokenIsMissing() {
        given().header("Authorization", "")
                .when().get("/api/clients")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://suits.local/problems/unauthorized"))
                .body("detail", containsString("needs a bearer token"));
    }

    @Test
    void answers401ForAnExpiredTokenAndOneSignedByAStranger() {
        for (String token : new String[] {Callers.expiredBearer(), "Bearer not.a.token", "Basic YWxpY2U6c2VjcmV0"}) {
            given().header("Authorization", token)
                    .when().post("/api/clients")
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .body("instance", equalTo("/api/clients"));
        }
    }

    @Test
    void answersATooLongUriWith414Problem() {
        given().queryParam("q", "x".repeat(5000))
                .when().get("/api/clients")
                .then().statusCode(414)
                .contentType("application/problem+json")
                .body("type", equalTo("https://suits.local/problems/uri-too-long"))
                .body("detail", containsString("the limit is 4000"));
    }

    @Test
    void answersTooLargeHeadersWith431Problem() {
        given().header("X-Padding", "y".repeat(20_000))
                .when().get("/api/clients")
                .then().statusCode(431)
                .contentType("application/problem+json")
                .body("type", equalTo("https://suits.local/problems/header-fields-too-large"));
    }

    @Test
    void answersADeclaredBodyOverTheLimitWith413ProblemWithoutForwardingIt() throws Exception {
        // a raw socket: the point is that the gateway answers from the declared length, before any body arrives
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/briefs HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + Callers.bearer()
                    + "\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer, startsWith("HTTP/1.1 413 "));
            assertThat(answer, containsString("application/problem+json"));
            assertThat(answer, containsString("The request body has 2000000 bytes; the limit is 1048576 bytes."));
        }
    }

    @Test
    void tellsEveryCallerItsRateLimit() {
        given().header("Authorization", Callers.bearer("reader"))
                .when().get("/api/clients")
                .then().statusCode(200)
                .header("RateLimit-Policy", equalTo("\"read\";q=1200;w=60"))
                .header("RateLimit", matchesPattern("\"read\";r=1199;t=\\d+"));
        given().header("Authorization", Callers.bearer("reader"))
                .when().get("/api/clients")
                .then().header("RateLimit", matchesPattern("\"read\";r=1198;t=\\d+"));
    }

    @Test
    void leavesHealthProbesAlone() {
        given().header("Authorization", "")
                .when().get("/q/health/live")
                .then().statusCode(200)
                .header("RateLimit", (String) null);
    }
}
