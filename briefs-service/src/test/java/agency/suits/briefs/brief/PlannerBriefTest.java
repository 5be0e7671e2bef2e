package agency.suits.briefs.brief;

import agency.suits.briefs.TestAccount;
import agency.suits.security.Role;
import agency.suits.testing.ProblemContent;
import agency.suits.web.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** When the client's team has a planner, the planner's sections are theirs and approval waits for their word. */
@QuarkusTest
class PlannerBriefTest extends JobToBrief {

    static ValidatableResponse post(String token, String path, long version) {
        return given().header("Authorization", token).header("If-Match", "\"" + version + "\"")
                .contentType(ContentType.JSON).when().post(path).then();
    }

    /** The complete brief without audience, insight and proposition: what the AE writes on a team with a planner. */
    static String withoutPlannerSections() {
        return Briefing.completeContent()
                .replace("\"targetAudience\": \"Urban runners, 25-40\"", "\"targetAudience\": null")
                .replace("\"insight\": \"Heavy shoes make early runs a chore.\"", "\"insight\": null")
                .replace("\"proposition\": \"The shoe that makes 6 a.m. feel light.\"", "\"proposition\": null");
    }

    @Test
    void refusesApprovalUntilThePlannerWhoJoinedConfirmsWhatTheAeWrote() {
        // the AE wrote the whole brief while the team had no planner; then a planner joined
        String id = Briefing.start(acme, jobId, Briefing.completeContent());
        acme.addPlanner();
        String approval = PATH + "/" + id + "/approval";
        ProblemContent.assertProblem(post(acme.asSupervisor(), approval, 0), ProblemType.CONFLICT, approval)
                .body("detail", containsString("planner"))
                .body("detail", containsString("target audience, insight and proposition"))
                .body("allowedActions[0]", equalTo("planner-confirmation"));

        String confirmation = PATH + "/" + id + "/planner-confirmation";
        ProblemContent.assertProblem(post(acme.asExecutive(), confirmation, 0), ProblemType.FORBIDDEN, confirmation)
                .body("detail", containsString("planner"));
        ProblemContent.assertProblem(post(TestAccount.asOutsider(Role.ACCOUNT_PLANNER), confirmation, 0),
                ProblemType.NOT_FOUND, confirmation);
        ProblemContent.assertProblem(post(acme.asPlanner(), confirmation, 7), ProblemType.PRECONDITION_FAILED,
                confirmation);
        post(acme.asPlanner(), confirmation, 0).statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("plannerConfirmedRevision", equalTo(1))
                .body("plannerConfirmedBy", equalTo(acme.planner.toString()))
                .body("status", equalTo("DRAFT"));

        ProblemContent.assertProblem(post(acme.asPlanner(), approval, 1), ProblemType.FORBIDDEN, approval);
        post(acme.asSupervisor(), approval, 1).statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo(acme.supervisor.toString()));
    }

    @Test
    void letsOnlyThePlannerWriteTheirSectionsAndTakesTheirSaveAsTheirWord() {
        TestAccount team = TestAccount.withPlanner(accounts);
        String job = Briefing.logJob(team);
        ProblemContent.assertProblem(given().header("Authorization", team.asExecutive())
                        .contentType(ContentType.JSON).body(Briefing.newBrief(job, Briefing.completeContent()))
                        .when().post(PATH).then(), ProblemType.FORBIDDEN, PATH)
                .body("detail", containsString("targetAudience, insight, proposition"));
        String id = Briefing.start(team, job, withoutPlannerSections());
        ProblemContent.assertProblem(Briefing.save(team.asSupervisor(), id, 0, Briefing.completeContent()),
                ProblemType.FORBIDDEN, PATH + "/" + id).body("detail", containsString("planner"));

        Briefing.save(team.asPlanner(), id, 0, Briefing.completeContent()).statusCode(200)
                .body("revision", equalTo(2)).body("complete", equalTo(true))
                .body("plannerConfirmedRevision", equalTo(2));
        // a change of the AE's own sections keeps the planner's word: their sections are as they wrote them
        Briefing.save(team.asExecutive(), id, 1, Briefing.completeContent().replace("Witty", "Warm")).statusCode(200)
                .body("revision", equalTo(3)).body("plannerConfirmedRevision", equalTo(2));
        post(team.asSupervisor(), PATH + "/" + id + "/approval", 2).statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void keepsTodaysRuleForATeamWithoutAPlanner() {
        String id = Briefing.start(acme, jobId, Briefing.completeContent());
        post(acme.asSupervisor(), PATH + "/" + id + "/approval", 0).statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("plannerConfirmedRevision", nullValue());
    }
}
