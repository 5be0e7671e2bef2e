package agency.suits.web;

import agency.suits.web.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static agency.suits.web.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class DomainProblemsTest {

    private static final String FAILURES = "/probe/failures/";

    @Test
    void answersAConflictWithTheActionsStillAllowed() {
        assertProblem(given().when().post(FAILURES + "conflict").then(), ProblemType.CONFLICT, FAILURES + "conflict")
                .body("detail", equalTo("Brief B-7 is already submitted"))
                .body("allowedActions", contains("withdraw", "view"));
    }

    @Test
    void answersALostConcurrentWriteWith412WhenTheCallerSentIfMatch() {
        assertProblem(given().header("If-Match", "\"3\"").when().post(FAILURES + "lost-race").then(),
                ProblemType.PRECONDITION_FAILED, FAILURES + "lost-race")
                .body("detail", containsString("read it again"));
    }

    @Test
    void answersALostConcurrentWriteWith409WithoutIfMatch() {
        assertProblem(given().when().post(FAILURES + "lost-race").then(), ProblemType.CONFLICT, FAILURES + "lost-race")
                .body("detail", containsString("read it again"));
    }

    @Test
    void answersForbiddenWithTheReason() {
        assertProblem(given().when().post(FAILURES + "forbidden").then(), ProblemType.FORBIDDEN, FAILURES + "forbidden")
                .body("detail", containsString("someone else must approve it"));
    }

    @Test
    void answersABrokenDomainRuleWithTheFieldsConcerned() {
        assertProblem(given().when().post(FAILURES + "unprocessable").then(), ProblemType.UNPROCESSABLE,
                FAILURES + "unprocessable")
                .body("errors.field", contains("insight", "tone"));
    }

    @Test
    void hidesAnUnexpectedFailureBehindACorrelationId() {
        assertProblem(given().when().get(FAILURES + "bug").then(), ProblemType.INTERNAL_ERROR, FAILURES + "bug")
                .body("correlationId", matchesPattern("[0-9a-f-]{36}"))
                .body(not(containsString("secret-host")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void treatsAResponseBreakingItsOwnContractAsOurFault() {
        assertProblem(given().when().get(FAILURES + "broken-promise").then(), ProblemType.INTERNAL_ERROR,
                FAILURES + "broken-promise");
    }

    @Test
    void namesTheCallersRequestIdInTheProblemAndTheAnswer() {
        given().header("X-Request-Id", "frontend-7f3a")
                .when().get(FAILURES + "bug")
                .then().statusCode(500)
                .header("X-Request-Id", "frontend-7f3a")
                .body("requestId", equalTo("frontend-7f3a"))
                .body("correlationId", equalTo("frontend-7f3a"));
        given().when().post(FAILURES + "conflict")
                .then().statusCode(409)
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void replacesARequestIdThatCouldForgeALogLine() {
        given().header("X-Request-Id", "x\" ERROR forged")
                .when().post(FAILURES + "conflict")
                .then().statusCode(409)
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
    }
}
