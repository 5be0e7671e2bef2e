package agency.suits.testing;

import agency.suits.web.problem.ProblemType;
import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Asserts that an error response is an RFC 9457 problem of the expected type, for tests in any service. */
public final class ProblemContent {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemContent() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, ProblemType type, String instance) {
        return response
                .statusCode(type.status())
                .header("Content-Type", startsWith(MEDIA_TYPE))
                .body("type", equalTo(type.uri()))
                .body("title", equalTo(type.title()))
                .body("status", equalTo(type.status()))
                .body("detail", not(blankOrNullString()))
                .body("instance", equalTo(instance));
    }
}
