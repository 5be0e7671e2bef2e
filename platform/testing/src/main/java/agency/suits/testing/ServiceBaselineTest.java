package agency.suits.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import agency.suits.security.Role;
import agency.suits.web.problem.ProblemType;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.parsing.Parser;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What every domain service must do before it does anything else, written once and run in each service by a
 * one-line {@code @QuarkusTest} subclass: be ready only with its database and broker, publish its API description,
 * refuse any {@code /api} call without a valid token, and answer every error as problem+json.
 *
 * <p>The subclass's module provides a test-only endpoint at {@link #PROBE_PATH}, so that request handling is checked
 * before the service has endpoints of its own: {@code POST} takes {@code {"name": non-blank string, "rounds": whole
 * number >= 0}} and answers {@code 201 Created} with {@code Location: <PROBE_PATH>/1} and the body echoed;
 * {@code DELETE} is allowed to {@code ADMIN} only ({@code @RolesAllowed}) and answers 204.
 */
public abstract class ServiceBaselineTest {

    public static final String PROBE_PATH = "/api/baseline-probe";

    private static final UUID ALICE = UUID.fromString("0b6c5a52-31c6-4bd4-9e0c-2f1d8f0c6a11");
    private static final UUID ROOT = UUID.fromString("5f0e6d3c-8a7b-4c21-9d3e-7a6b5c4d3e21");
    private static final String VALID_PROBE = "{\"name\": \"Acme launch\", \"rounds\": 2}";

    @BeforeAll
    static void describeFailures() {
        RestAssured.registerParser(ProblemContent.MEDIA_TYPE, Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /**
     * Ready means its database answers; the broker is only reported (kafka-broker), since writes wait in the outbox
     * while it is away. The Kafka client's own readiness check would take every pod out of service in an outage.
     */
    @Test
    void isReadyOnItsDatabaseAndOnlyReportsTheBroker() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "kafka-broker"))
                .body("checks.name", not(hasItem("Kafka connection health check")))
                .body("checks.status", everyItem(equalTo("UP")));
    }

    @Test
    void publishesItsApiDescriptionWithTheBearerScheme() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("openapi", startsWith("3."))
                .body("info.title", not(blankOrNullString()))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearer.bearerFormat", equalTo("JWT"))
                .extract().path("paths");
        List<String> unsecured = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Object security = operation instanceof Map<?, ?> described ? described.get("security") : null;
            if (path.startsWith("/api/") && !String.valueOf(security).contains("bearer")) {
                unsecured.add(method + " " + path);
            }
        }));
        assertFalse(paths.keySet().stream().noneMatch(path -> path.startsWith("/api/")), "no /api operation");
        assertEquals(List.of(), unsecured, "operations documented without the bearer scheme");
    }

    @Test
    void exposesPrometheusMetricsWithoutAToken() {
        given().when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void keepsHealthPublicEvenForABadToken() {
        given().header("Authorization", "Bearer not-a-token").when().get("/q/health/ready").then()
                .statusCode(200);
    }

    @Test
    void refusesAnApiCallWithoutAToken() {
        unauthorized(given().contentType(ContentType.JSON).body(VALID_PROBE).when().post(PROBE_PATH).then(),
                PROBE_PATH)
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void refusesAnUnknownApiPathWithoutAToken() {
        unauthorized(given().when().get("/api/no-such-thing").then(), "/api/no-such-thing");
    }

    @Test
    void refusesAnotherAuthenticationScheme() {
        unauthorized(given().header("Authorization", "Basic YWxpY2U6c2VjcmV0").when().get(PROBE_PATH).then(),
                PROBE_PATH);
    }

    @Test
    void refusesAnExpiredToken() {
        invalidToken(Tokens.as(ALICE, Role.ACCOUNT_EXECUTIVE).expiredSince(Duration.ofMinutes(5)).bearer());
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        invalidToken(Tokens.as(ALICE, Role.ACCOUNT_EXECUTIVE).issuer("https://elsewhere.example/issuer").bearer());
    }

    @Test
    void refusesATokenForAnotherAudience() {
        invalidToken(Tokens.as(ALICE, Role.ACCOUNT_EXECUTIVE).audience("another-app").bearer());
    }

    @Test
    void refusesATokenSignedByAStranger() {
        invalidToken(Tokens.as(ALICE, Role.ACCOUNT_EXECUTIVE).signedByStranger().bearer());
    }

    @Test
    void refusesAMalformedToken() {
        invalidToken("Bearer not.a.jwt");
    }

    @Test
    void acceptsAValidToken() {
        given().header("Authorization", Tokens.bearer(ALICE, Role.ACCOUNT_EXECUTIVE))
                .contentType(ContentType.JSON).body(VALID_PROBE)
                .when().post(PROBE_PATH).then()
                .statusCode(201)
                .header("Location", endsWith(PROBE_PATH + "/1"))
                .body("name", equalTo("Acme launch"))
                .body("rounds", equalTo(2));
    }

    @Test
    void pointsLocationAtTheGatewayThatForwardedTheRequest() {
        given().header("Authorization", Tokens.bearer(ALICE, Role.ACCOUNT_EXECUTIVE))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "suits.example.com")
                .contentType(ContentType.JSON).body(VALID_PROBE)
                .when().post(PROBE_PATH).then()
                .statusCode(201)
                .header("Location", equalTo("https://suits.example.com" + PROBE_PATH + "/1"));
    }

    @Test
    void takesRolesFromTheGroupsClaim() {
        given().header("Authorization", Tokens.bearer(ROOT, Role.ADMIN))
                .when().delete(PROBE_PATH).then()
                .statusCode(204);
    }

    @Test
    void forbidsWhatTheCallersRolesDoNotAllow() {
        problem(given().header("Authorization", Tokens.bearer(ALICE, Role.ACCOUNT_EXECUTIVE, Role.FINANCE))
                .when().delete(PROBE_PATH).then(), ProblemType.FORBIDDEN, PROBE_PATH);
    }

    @Test
    void answersAnUnknownApiPathWithNotFoundOnceAuthenticated() {
        problem(given().header("Authorization", Tokens.bearer(ALICE, Role.ACCOUNT_EXECUTIVE))
                .when().get("/api/no-such-thing").then(), ProblemType.NOT_FOUND, "/api/no-such-thing");
    }

    @Test
    void rejectsMalformedJson() {
        problem(postWithToken("{\"name\": \"Acme launch\", "), ProblemType.MALFORMED_JSON, PROBE_PATH);
    }

    @Test
    void rejectsAnUnknownFieldNamingIt() {
        problem(postWithToken("{\"name\": \"Acme launch\", \"rounds\": 2, \"budget\": 100}"), ProblemType.INVALID_BODY,
                PROBE_PATH)
                .body("errors[0].field", equalTo("budget"));
    }

    @Test
    void rejectsAWrongTypeNamingTheField() {
        problem(postWithToken("{\"name\": \"Acme launch\", \"rounds\": \"two\"}"), ProblemType.INVALID_BODY, PROBE_PATH)
                .body("errors[0].field", equalTo("rounds"));
    }

    @Test
    void rejectsAViolatedConstraintNamingTheField() {
        problem(postWithToken("{\"name\": \" \", \"rounds\": 2}"), ProblemType.CONSTRAINT_VIOLATION, PROBE_PATH)
                .body("errors[0].field", equalTo("name"));
    }

    private static ValidatableResponse postWithToken(String body) {
        return given().header("Authorization", Tokens.bearer(ALICE, Role.ACCOUNT_EXECUTIVE))
                .contentType(ContentType.JSON).body(body)
                .when().post(PROBE_PATH).then();
    }

    private static void invalidToken(String authorization) {
        unauthorized(given().header("Authorization", authorization).contentType(ContentType.JSON).body(VALID_PROBE)
                .when().post(PROBE_PATH).then(), PROBE_PATH)
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""));
    }

    private static ValidatableResponse unauthorized(ValidatableResponse response, String path) {
        return problem(response, ProblemType.UNAUTHORIZED, path)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    /** The problem+json shape every error of every service has. */
    protected static ValidatableResponse problem(ValidatableResponse response, ProblemType type, String path) {
        return ProblemContent.assertProblem(response, type, path);
    }
}
