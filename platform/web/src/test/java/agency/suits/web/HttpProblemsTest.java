package agency.suits.web;

import agency.suits.web.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static agency.suits.web.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class HttpProblemsTest {

    @Test
    void answersAnUnknownPathWithNotFound() {
        assertProblem(given().when().get("/probe/nowhere").then(), ProblemType.NOT_FOUND, "/probe/nowhere");
    }

    @Test
    void answersAMissingAccountWithNotFoundNamingIt() {
        String path = "/probe/accounts/00000000-0000-0000-0000-000000000002";
        assertProblem(given().when().get(path).then(), ProblemType.NOT_FOUND, path)
                .body("detail", containsString("Account 00000000-0000-0000-0000-000000000002"));
    }

    @Test
    void answersAWrongMethodAndListsTheAllowedOnesOnOptions() {
        assertProblem(given().when().delete("/probe/accounts").then(), ProblemType.METHOD_NOT_ALLOWED,
                "/probe/accounts")
                .body("detail", containsString("DELETE"));
        given().when().options("/probe/accounts").then()
                .statusCode(200)
                .header("Allow", containsString("POST"));
    }

    @Test
    void answersAnUnproducibleAcceptWithNotAcceptable() {
        String path = "/probe/accounts/00000000-0000-0000-0000-000000000001/card";
        assertProblem(given().accept("application/xml").when().get(path).then(), ProblemType.NOT_ACCEPTABLE, path)
                .body("detail", containsString("application/xml"));
    }

    @Test
    void treatsAnUnconvertiblePathParameterAsABadRequest() {
        assertProblem(given().when().get("/probe/accounts/not-a-uuid").then(), ProblemType.INVALID_PARAMETER,
                "/probe/accounts/not-a-uuid");
    }

    @Test
    void treatsAnUnconvertibleQueryParameterAsABadRequest() {
        assertProblem(given().queryParam("limit", "many").when().get("/probe/accounts/search").then(),
                ProblemType.INVALID_PARAMETER, "/probe/accounts/search");
    }

    @Test
    void namesAQueryParameterThatBreaksAConstraint() {
        assertProblem(given().queryParam("limit", 500).when().get("/probe/accounts/search").then(),
                ProblemType.CONSTRAINT_VIOLATION, "/probe/accounts/search")
                .body("errors.field", contains("limit"));
    }

    @Test
    void refusesANulInAQueryParameterBeforeItReachesTheDatabase() {
        // urlEncodingEnabled(false): the %00 travels as the client typed it
        assertProblem(given().urlEncodingEnabled(false).when().get("/probe/accounts?q=acme%00").then(),
                ProblemType.INVALID_PARAMETER, "/probe/accounts")
                .body("errors.field", contains("q"))
                .body("detail", containsString("NUL"));
    }

    @Test
    void refusesANulInThePath() {
        assertProblem(given().urlEncodingEnabled(false).when().get("/probe/accounts/a%00b").then(),
                ProblemType.INVALID_PARAMETER, "/probe/accounts/a%00b");
    }
}
