package agency.suits.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import agency.suits.gateway.stub.Callers;
import agency.suits.gateway.stub.StubServices;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** What the gateway passes through, adds and removes on the way to a service and back. */
@QuarkusTest
@WithTestResource(StubServices.class)
class ProxyingTest {

    @BeforeAll
    static void signIn() {
        Callers.signedIn();
    }

    /** Calls made with java.net.http give up after this, so a gateway that hangs fails the test, not stalls it. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TestHTTPResource("/")
    URL gateway;

    @BeforeAll
    static void logExchangesThatFail() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void passesTheCallersAuthorizationHeaderUnchanged() {
        String token = Callers.bearer("alice");

        given().header("Authorization", token)
                .when().get("/api/clients")
                .then().statusCode(200)
                .body("headers.authorization", equalTo(token));
    }

    @Test
    void tellsTheServiceHowTheCallerReachedTheGateway() {
        int port = gateway.getPort();

        given()
                .when().get("/api/contracts/c-1")
                .then().statusCode(200)
                .body("headers.'x-forwarded-proto'", equalTo("http"))
                .body("headers.'x-forwarded-host'", equalTo("localhost:" + port))
                .body("headers.'x-forwarded-port'", equalTo(String.valueOf(port)))
                .body("headers.'x-forwarded-for'", equalTo("127.0.0.1"))
                // The service is addressed by its own host; only the forwarded headers carry the caller's.
                .body("headers.host", not(equalTo("localhost:" + port)));
    }

    @Test
    void replacesForwardingHeadersACallerMadeUp() {
        given()
                .header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=203.0.113.9;proto=https;host=evil.example")
                .header("X-Forwarded-Ssl", "on")
                .header("X-Forwarded-Trusted-Proxy", "true")
                .when().get("/api/staff")
                .then().statusCode(200)
                .body("headers.'x-forwarded-for'", equalTo("127.0.0.1"))
                .body("headers.'x-forwarded-proto'", equalTo("http"))
                .body("headers.'x-forwarded-host'", equalTo("localhost:" + gateway.getPort()))
                .body("headers", not(hasKey("forwarded")))
                .body("headers", not(hasKey("x-forwarded-ssl")))
                .body("headers", not(hasKey("x-forwarded-trusted-proxy")));
    }

    @Test
    void dropsHopByHopHeadersButKeepsEndToEndOnes() {
        given()
                .header("Connection", "keep-alive, X-Hop-Secret")
                .header("X-Hop-Secret", "for the gateway only")
                .header("Proxy-Authorization", "Basic Zm9vOmJhcg==")
                .header("X-Agency-Note", "passes")
                .when().get("/api/estimates")
                .then().statusCode(200)
                .body("headers", not(hasKey("x-hop-secret")))
                .body("headers", not(hasKey("proxy-authorization")))
                .body("headers.'x-agency-note'", equalTo("passes"));
    }

    @Test
    void generatesARequestIdWhenTheCallerSentNone() {
        Response response = given()
                .when().get("/api/invoices");

        response.then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .body("headers.'x-request-id'", matchesPattern(UUID_PATTERN));
        assertThat(response.jsonPath().getString("headers.'x-request-id'"), equalTo(response.header("X-Request-Id")));
    }

    @Test
    void keepsTheCallersRequestId() {
        given().header("X-Request-Id", "trace-42.a")
                .when().get("/api/invoices")
                .then().statusCode(200)
                .header("X-Request-Id", "trace-42.a")
                .body("headers.'x-request-id'", equalTo("trace-42.a"));
    }

    @Test
    void replacesARequestIdThatCouldForgeLogLines() {
        given().header("X-Request-Id", "x\" admin=true " + "y".repeat(200))
                .when().get("/api/invoices")
                .then().statusCode(200)
                .body("headers.'x-request-id'", matchesPattern(UUID_PATTERN));
    }

    @Test
    void relaysThePostedBodyAndTheServicesCreatedStatusAndLocation() {
        String client = "{\"name\":\"Acme Breakfast Cereals\",\"currency\":\"EUR\"}";

        given().contentType("application/json").body(client)
                .header("X-Stub-Status", "201")
                .header("X-Stub-Location", "http://localhost:" + gateway.getPort() + "/api/clients/c-9")
                .when().post("/api/clients")
                .then().statusCode(201)
                .header("Location", "http://localhost:" + gateway.getPort() + "/api/clients/c-9")
                .contentType("application/json")
                .body("method", equalTo("POST"))
                .body("body", equalTo(client))
                .body("headers.'content-type'", equalTo("application/json"))
                .body("headers.'content-length'", equalTo(String.valueOf(client.length())));
    }

    @Test
    void streamsAChunkedRequestBodyThrough() throws Exception {
        String brief = "{\"proposition\":\"" + "Breakfast that keeps up. ".repeat(4000) + "\"}";
        // An InputStream publisher has no length, so the body goes out chunked.
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "api/briefs"))
                .header("Authorization", Callers.bearer())
                .timeout(CALL_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(brief.getBytes(StandardCharsets.UTF_8))))
                .build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode(), equalTo(200));
        JsonPath echo = JsonPath.from(response.body());
        assertThat(echo.getString("headers.'transfer-encoding'"), equalTo("chunked"));
        assertThat(echo.getString("body"), equalTo(brief));
    }

    @Test
    void answersExpectContinueItselfAndSendsThePlainRequestOn() throws Exception {
        // A raw socket, because the exchange is the point: the caller holds its body back until the
        // gateway says "100 Continue" (java.net.http on JDK 17 can hang forever when that never comes).
        String estimate = "{\"lines\":[{\"role\":\"COPYWRITER\",\"hours\":12}]}";
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout((int) CALL_TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out.write(("POST /api/estimates HTTP/1.1\r\nHost: localhost:" + gateway.getPort() + "\r\n"
                    + "Authorization: " + Callers.bearer() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + estimate.length() + "\r\n"
                    + "Expect: 100-continue\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();

            assertThat(in.readLine(), equalTo("HTTP/1.1 100 Continue"));
            assertThat(in.readLine(), equalTo(""));

            out.write(estimate.getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertThat(in.readLine(), equalTo("HTTP/1.1 200 OK"));
            String answer = in.lines().collect(Collectors.joining("\n"));
            JsonPath echo = JsonPath.from(answer.substring(answer.indexOf("\n\n") + 2));
            assertThat(echo.getString("body"), equalTo(estimate));
            assertThat(echo.getMap("headers").containsKey("expect"), equalTo(false));
        }
    }

    @Test
    void answersAHeadRequestWithTheServicesHeadersAndNoBody() {
        byte[] body = given()
                .when().head("/api/rate-cards/rc-1")
                .then().statusCode(200)
                .contentType("application/json")
                .header("Content-Length", matchesPattern("[1-9][0-9]*"))
                .extract().asByteArray();

        assertThat(body.length, equalTo(0));
    }

    @Test
    void streamsALargeResponseBodyBack() {
        int size = 3 * 1024 * 1024 + 17;

        byte[] body = given()
                .when().get("/api/billing-summaries/2024/export?bytes=" + size)
                .then().statusCode(200)
                .contentType("application/octet-stream")
                .extract().asByteArray();

        assertThat(body.length, equalTo(size));
        assertThat(body[size - 1], equalTo((byte) ('a' + (size - 1) % (16 * 1024) % 26)));
    }

    @Test
    void passesTheServicesOwnErrorThroughUntouched() {
        given().header("X-Stub-Status", "409")
                .when().put("/api/payables/p-3/approval")
                .then().statusCode(409)
                .contentType("application/json")
                .body("service", equalTo("billing-service"))
                .body("path", equalTo("/api/payables/p-3/approval"));
    }
}
