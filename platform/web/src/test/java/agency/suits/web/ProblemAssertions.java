package agency.suits.web;

import agency.suits.web.problem.ProblemType;
import io.restassured.RestAssured;
import io.restassured.parsing.Parser;
import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The shape every error response must have, asserted in one place. */
final class ProblemAssertions {

    static {
        RestAssured.registerParser("application/problem+json", Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private ProblemAssertions() {
    }

    static ValidatableResponse assertProblem(ValidatableResponse response, ProblemType type, String instance) {
        return response
                .statusCode(type.status())
                .header("Content-Type", startsWith("application/problem+json"))
                .body("type", equalTo(type.uri()))
                .body("title", equalTo(type.title()))
                .body("status", equalTo(type.status()))
                .body("detail", not(blankOrNullString()))
                .body("instance", equalTo(instance));
    }
}
