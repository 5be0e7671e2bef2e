package agency.suits.web;

import agency.suits.web.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static agency.suits.web.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ConditionalUpdateTest {

    private static final String KNOWN_ACCOUNT = "/probe/accounts/" + AccountProbeResource.KNOWN;
    private static final String RENAME = "{\"name\": \"Acme Foods Ltd\"}";

    @Test
    void tagsARepresentationWithItsVersion() {
        given().when().get(KNOWN_ACCOUNT).then()
                .statusCode(200)
                .header("ETag", equalTo("\"3\""));
    }

    @Test
    void requiresIfMatchOnAnUpdate() {
        assertProblem(given().contentType(ContentType.JSON).body(RENAME).when().put(KNOWN_ACCOUNT).then(),
                ProblemType.PRECONDITION_REQUIRED, KNOWN_ACCOUNT)
                .body("detail", containsString("If-Match"));
    }

    @Test
    void refusesAnUpdateBasedOnAStaleVersion() {
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(RENAME)
                        .when().put(KNOWN_ACCOUNT).then(),
                ProblemType.PRECONDITION_FAILED, KNOWN_ACCOUNT)
                .body("detail", containsString("\"3\""));
    }

    @Test
    void refusesAWeakTagBecauseIfMatchComparesStrongly() {
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "W/\"3\"").body(RENAME)
                        .when().put(KNOWN_ACCOUNT).then(),
                ProblemType.PRECONDITION_FAILED, KNOWN_ACCOUNT);
    }

    @Test
    void acceptsAnUpdateBasedOnTheCurrentVersion() {
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(RENAME)
                .when().put(KNOWN_ACCOUNT).then()
                .statusCode(200)
                .header("ETag", equalTo("\"4\""))
                .body("name", equalTo("Acme Foods Ltd"));
    }

    @Test
    void acceptsAnyOfSeveralTagsAndTheWildcard() {
        given().contentType(ContentType.JSON).header("If-Match", "\"1\", \"3\"").body(RENAME)
                .when().put(KNOWN_ACCOUNT).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "*").body(RENAME)
                .when().put(KNOWN_ACCOUNT).then().statusCode(200);
    }
}
