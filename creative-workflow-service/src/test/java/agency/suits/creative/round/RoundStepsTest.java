package agency.suits.creative.round;

import agency.suits.creative.support.Api;
import agency.suits.creative.support.Briefs;
import agency.suits.creative.support.Teams;
import agency.suits.creative.support.Work;
import agency.suits.security.Role;
import agency.suits.testing.events.Published;
import agency.suits.web.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.parsing.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static agency.suits.creative.support.Briefs.aBrief;
import static agency.suits.testing.ProblemContent.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** Each step of a round: only its owner records it, only when the job allows it, only with sound input. */
@QuarkusTest
class RoundStepsTest {

    private final Api director = Api.as(Role.CREATIVE_DIRECTOR);
    private final Api creative = Api.as(Role.CREATIVE);
    private final Api executive = Api.as(Role.ACCOUNT_EXECUTIVE);
    private final Api planner = Api.as(Role.ACCOUNT_PLANNER);
    private Briefs brief;
    private String job;

    @BeforeAll
    static void problemsAreJson() {
        RestAssured.registerParser("application/problem+json", Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void aJobInWork() {
        brief = aBrief();
        Teams.put(brief.clientId, executive.staffId, planner.staffId);
        Published.event(brief.submitted());
        String jobId = director.awaitJobId(brief.jobNumber);
        job = "/api/creative-jobs/" + jobId;
        Api.await(() -> planner.request().get(job).statusCode() == 200 ? true : null, "the team copy");
    }

    @Test
    void stepsOutOfTurnAreConflictsListingWhatIsAllowedNow() {
        assertProblem(executive.change(job + "/presentation", Map.of("workVersionIds", List.of(UUID.randomUUID()))),
                ProblemType.CONFLICT, job + "/presentation")
                .body("detail", equalTo("A creative job that is IN_WORK does not allow PRESENT"))
                .body("allowedActions", contains("ASSIGN", "ADD_VERSION", "INTERNAL_REVIEW", "CANCEL"));
        assertProblem(planner.change(job + "/strategy-check", Map.of("onStrategy", true)), ProblemType.CONFLICT,
                job + "/strategy-check");
        assertProblem(executive.change(job + "/feedback", Map.of("decision", "APPROVED")), ProblemType.CONFLICT,
                job + "/feedback").body("allowedActions", contains("ASSIGN", "ADD_VERSION", "INTERNAL_REVIEW",
                "CANCEL"));
    }

    @Test
    void eachStepBelongsToItsRole() {
        String version = versionReadyForReview();
        assertProblem(creative.change(job + "/internal-review", Map.of("outcome", "APPROVED")),
                ProblemType.FORBIDDEN, job + "/internal-review")
                .body("detail", equalTo("Only CREATIVE_DIRECTOR may record the internal review"));
        director.change(job + "/internal-review", Map.of("outcome", "APPROVED")).statusCode(200);
        assertProblem(director.change(job + "/strategy-check", Map.of("onStrategy", true)), ProblemType.FORBIDDEN,
                job + "/strategy-check");
        planner.change(job + "/strategy-check", Map.of("onStrategy", true)).statusCode(200);
        assertProblem(planner.change(job + "/presentation", Map.of("workVersionIds", List.of(version))),
                ProblemType.FORBIDDEN, job + "/presentation")
                .body("detail", equalTo("Only ACCOUNT_EXECUTIVE, ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR may present "
                        + "work to the client"));
        Api stranger = Api.as(Role.ACCOUNT_EXECUTIVE);
        assertProblem(stranger.change(job + "/presentation", Map.of("workVersionIds", List.of(version))),
                ProblemType.NOT_FOUND, job + "/presentation");
        executive.change(job + "/presentation", Map.of("workVersionIds", List.of(version))).statusCode(200);
        assertProblem(Api.as(Role.CREATIVE_DIRECTOR).change(job + "/feedback", Map.of("decision", "APPROVED")),
                ProblemType.FORBIDDEN, job + "/feedback");
        Api.as(Role.ACCOUNT_DIRECTOR).change(job + "/feedback", Map.of("decision", "APPROVED")).statusCode(200)
                .body("status", equalTo("APPROVED")).body("allowedActions", org.hamcrest.Matchers.empty());
    }

    @Test
    void everyStepThatMovesTheJobNeedsIfMatch() {
        versionReadyForReview();
        Map<String, Map<String, Object>> steps = Map.of(
                "assignments", Map.of("staffId", creative.staffId.toString()),
                "internal-review", Map.of("outcome", "APPROVED"),
                "strategy-check", Map.of("onStrategy", true),
                "presentation", Map.of("workVersionIds", List.of(UUID.randomUUID().toString())),
                "feedback", Map.of("decision", "APPROVED"));
        steps.forEach((step, body) -> assertProblem(director.post(job + "/" + step, body),
                ProblemType.PRECONDITION_REQUIRED, job + "/" + step)
                .body("detail", equalTo("This update needs an If-Match header carrying the ETag of the version you "
                        + "last read")));
        director.get(job).statusCode(200).body("status", equalTo("IN_WORK"))
                .body("rounds[0].decisions.kind", contains("ASSIGNMENT"));
    }

    @Test
    void aStepOnAJobThatChangedSinceItWasReadIsRefusedAndRecordsNothing() {
        versionReadyForReview();
        String read = director.get(job).statusCode(200).extract().header("ETag");
        String afterSendBack = director.request().header("If-Match", read)
                .body(Map.of("outcome", "SENT_BACK", "comments", List.of(Work.comment("Tighter crop", null, null,
                        null))))
                .post(job + "/internal-review").then().statusCode(200)
                .header("ETag", not(equalTo(read))).extract().header("ETag");

        assertProblem(director.request().header("If-Match", read).body(Map.of("outcome", "APPROVED"))
                        .post(job + "/internal-review").then(), ProblemType.PRECONDITION_FAILED,
                job + "/internal-review")
                .body("detail", equalTo("The resource has changed since you read it; its ETag is now "
                        + afterSendBack + ". Read it again and reapply your change"));
        director.get(job).statusCode(200).header("ETag", equalTo(afterSendBack))
                .body("status", equalTo("IN_WORK"))
                .body("rounds[0].decisions.kind", contains("ASSIGNMENT", "INTERNAL_REVIEW"));

        // the ETag a step answers with is what the next step sends
        director.request().header("If-Match", afterSendBack).body(Map.of("outcome", "APPROVED"))
                .post(job + "/internal-review").then().statusCode(200).body("status", equalTo("STRATEGY_CHECK"));
    }

    @Test
    void offStrategyWorkGoesBackToTheDepartmentInTheSameRound() {
        versionReadyForReview();
        director.change(job + "/internal-review", Map.of("outcome", "APPROVED")).statusCode(200);
        planner.change(job + "/strategy-check", Map.of("onStrategy", false, "comments", List.of(
                Work.comment("Forgets the logo rule", "MANDATORY", brief.mandatoryId, null)))).statusCode(200)
                .body("status", equalTo("IN_WORK"))
                .body("currentRound", equalTo(1))
                .body("rounds[0].decisions.kind", contains("ASSIGNMENT", "INTERNAL_REVIEW", "STRATEGY_CHECK"))
                .body("rounds[0].decisions[2].outcome", equalTo("OFF_STRATEGY"))
                .body("rounds[0].decisions[2].comments[0].mandatoryId", equalTo(brief.mandatoryId.toString()));
    }

    @Test
    void verdictsThatSendWorkBackNeedComments() {
        versionReadyForReview();
        assertProblem(director.change(job + "/internal-review", Map.of("outcome", "SENT_BACK")),
                ProblemType.UNPROCESSABLE, job + "/internal-review").body("errors[0].field", equalTo("comments"));
        director.change(job + "/internal-review", Map.of("outcome", "APPROVED")).statusCode(200);
        assertProblem(planner.change(job + "/strategy-check", Map.of("onStrategy", false)),
                ProblemType.UNPROCESSABLE, job + "/strategy-check");
    }

    @Test
    void approvingARoundWithoutWorkIsRefused() {
        assertProblem(director.change(job + "/internal-review", Map.of("outcome", "APPROVED")),
                ProblemType.UNPROCESSABLE, job + "/internal-review")
                .body("detail", equalTo("Round 1 has no work versions to approve yet"));
    }

    @Test
    void commentsMustPointAtThisJobsBriefAndWork() {
        versionReadyForReview();
        assertProblem(director.change(job + "/internal-review", Map.of("outcome", "SENT_BACK", "comments", List.of(
                        Work.comment("x", "MANDATORY", UUID.randomUUID(), null),
                        Work.comment("y", null, null, UUID.randomUUID().toString())))),
                ProblemType.UNPROCESSABLE, job + "/internal-review")
                .body("errors.field", contains("comments[0].mandatoryId", "comments[1].workVersionId"));
    }

    @Test
    void presentationNamesOnlyThisJobsVersionsAndCannotPredateTheRound() {
        String version = versionReadyForReview();
        director.change(job + "/internal-review", Map.of("outcome", "APPROVED")).statusCode(200);
        planner.change(job + "/strategy-check", Map.of("onStrategy", true)).statusCode(200);
        Instant meeting = Instant.now();        // after the strategy check, before the presentation is recorded
        UUID foreign = UUID.randomUUID();
        assertProblem(executive.change(job + "/presentation", Map.of("workVersionIds", List.of(version, foreign))),
                ProblemType.UNPROCESSABLE, job + "/presentation")
                .body("errors[0].message", equalTo(foreign + " is not a work version of this job"));
        assertProblem(executive.change(job + "/presentation", Map.of("workVersionIds", List.of(version),
                        "presentedAt", "2020-01-01T10:00:00Z")), ProblemType.UNPROCESSABLE, job + "/presentation")
                .body("errors[0].field", equalTo("presentedAt"));
        assertProblem(executive.change(job + "/presentation", Map.of("workVersionIds", List.of(version),
                        "presentedAt", Instant.now().plusSeconds(3600).toString())),
                ProblemType.CONSTRAINT_VIOLATION, job + "/presentation");
        executive.change(job + "/presentation", Map.of("workVersionIds", List.of(version),
                "presentedAt", meeting.toString())).statusCode(200)
                .body("rounds[0].presentedBy", equalTo(executive.staffId.toString()))
                .body("rounds[0].presentedWork", contains(version))
                .body("rounds[0].presentedAt", equalTo(meeting.toString()));
    }

    @Test
    void badBodiesAreProblemsOnEveryStep() {
        for (String step : List.of("internal-review", "strategy-check", "presentation", "feedback")) {
            Api owner = switch (step) {
                case "internal-review" -> director;
                case "strategy-check" -> planner;
                default -> executive;
            };
            assertProblem(owner.request().body("{").post(job + "/" + step).then(), ProblemType.MALFORMED_JSON,
                    job + "/" + step);
            assertProblem(owner.post(job + "/" + step, Map.of()), ProblemType.CONSTRAINT_VIOLATION, job + "/" + step);
            assertProblem(owner.post(job + "/" + step, Map.of("surprise", 1)), ProblemType.INVALID_BODY,
                    job + "/" + step);
        }
        assertProblem(director.post(job + "/internal-review", Map.of("outcome", "MAYBE")), ProblemType.INVALID_BODY,
                job + "/internal-review");
        assertProblem(executive.post(job + "/feedback", Map.of("decision", "LOVED_IT")), ProblemType.INVALID_BODY,
                job + "/feedback");
        assertProblem(director.post(job + "/internal-review", Map.of("outcome", "SENT_BACK", "comments",
                        List.of(Map.of("text", "")))), ProblemType.CONSTRAINT_VIOLATION, job + "/internal-review")
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("text")));
        assertProblem(executive.post(job + "/presentation", Map.of("workVersionIds", List.of())),
                ProblemType.CONSTRAINT_VIOLATION, job + "/presentation");
        assertProblem(executive.post(job + "/presentation", Map.of("workVersionIds", List.of("v1"))),
                ProblemType.INVALID_BODY, job + "/presentation");
        assertProblem(executive.post(job + "/feedback", Map.of("decision", "APPROVED", "returnedAt", "yesterday")),
                ProblemType.INVALID_BODY, job + "/feedback");
    }

    @Test
    void theAccountTeamListsItsClientsJobs() {
        executive.request().queryParam("clientId", brief.clientId.toString()).get("/api/creative-jobs").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].jobNumber", equalTo(brief.jobNumber))
                .body("items[0]", not(hasKey("budget")));
        Api.as(Role.ACCOUNT_EXECUTIVE).request().queryParam("clientId", brief.clientId.toString())
                .get("/api/creative-jobs").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void creativesNeverSeeTheBudgetButTheAccountTeamDoes() {
        creative.get(job).statusCode(200).body("$", not(hasKey("budget")));
        planner.get(job).statusCode(200).body("budget.amount", equalTo("25000.00"));
    }

    private String versionReadyForReview() {
        director.change(job + "/assignments", Map.of("staffId", creative.staffId.toString())).statusCode(200);
        return creative.post(job + "/versions", Work.version(brief.bannerId, "Banner")).statusCode(201)
                .extract().path("id");
    }
}
