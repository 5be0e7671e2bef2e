package agency.suits.creative.work;

import agency.suits.creative.support.Api;
import agency.suits.creative.support.Briefs;
import agency.suits.creative.support.Teams;
import agency.suits.creative.support.Work;
import agency.suits.security.Role;
import agency.suits.testing.events.Published;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.parsing.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static agency.suits.creative.support.Briefs.aBrief;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code GET /api/me/work} of creative-workflow-service: each step of a round waits for its owner, and only them. */
@QuarkusTest
class WorkListTest {

    static final String WORK = "/api/me/work";

    private final Api creativeDirector = Api.as(Role.CREATIVE_DIRECTOR);
    private final Api creative = Api.as(Role.CREATIVE);
    private final Api executive = Api.as(Role.ACCOUNT_EXECUTIVE);
    private final Api planner = Api.as(Role.ACCOUNT_PLANNER);
    private final Api otherPlanner = Api.as(Role.ACCOUNT_PLANNER);
    private final Api otherExecutive = Api.as(Role.ACCOUNT_EXECUTIVE);
    private final Api accountDirector = Api.as(Role.ACCOUNT_DIRECTOR);

    @BeforeAll
    static void problemsAreJson() {
        RestAssured.registerParser("application/problem+json", Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static List<String> kinds(Api caller, String link) {
        return caller.get(WORK).statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.link == '" + link + "' }.kind");
    }

    @Test
    void eachStepOfTheRoundWaitsForItsOwnerUntilItIsDone() {
        Briefs brief = aBrief().includingRounds(2);
        Teams.put(brief.clientId, executive.staffId, planner.staffId);
        Published.event(brief.submitted());
        String jobId = creativeDirector.awaitJobId(brief.jobNumber);
        Api.await(() -> executive.request().get("/api/creative-jobs/" + jobId).statusCode() == 200 ? true : null,
                "the executive to be on the client's team");
        String job = "/api/creative-jobs/" + jobId;
        creativeDirector.change(job + "/assignments", Map.of("staffId", creative.staffId.toString())).statusCode(200);

        // no work yet: nothing to review
        assertEquals(List.of(), kinds(creativeDirector, job));
        String version = creative.post(job + "/versions", Work.version(brief.bannerId, "Banner")).statusCode(201)
                .extract().path("id");

        creativeDirector.get(WORK).statusCode(200)
                .body("items.find { it.link == '" + job + "' }.kind", equalTo("INTERNAL_REVIEW"))
                .body("items.find { it.link == '" + job + "' }.clientId", equalTo(brief.clientId.toString()))
                .body("items.find { it.link == '" + job + "' }.subject", startsWith(brief.jobNumber + " "))
                .body("items.find { it.link == '" + job + "' }.action", startsWith("Review the round 1 work"));
        assertEquals(List.of(), kinds(planner, job));
        assertEquals(List.of(), kinds(executive, job));

        creativeDirector.change(job + "/internal-review", Map.of("outcome", "APPROVED")).statusCode(200);
        assertEquals(List.of(), kinds(creativeDirector, job));
        assertEquals(List.of("STRATEGY_CHECK"), kinds(planner, job));
        assertEquals(List.of(), kinds(otherPlanner, job));

        planner.change(job + "/strategy-check", Map.of("onStrategy", true)).statusCode(200);
        assertEquals(List.of(), kinds(planner, job));
        assertEquals(List.of("PRESENTATION"), kinds(executive, job));
        assertEquals(List.of(), kinds(otherExecutive, job));
        // a director sees every job but is not on this team: the presentation is not theirs to chase
        assertEquals(List.of(), kinds(accountDirector, job));

        executive.change(job + "/presentation", Map.of("workVersionIds", List.of(version))).statusCode(200);
        assertEquals(List.of("FEEDBACK_TO_RECORD"), kinds(executive, job));

        executive.change(job + "/feedback", Map.of("decision", "APPROVED", "comments", List.of())).statusCode(200);
        assertEquals(List.of(), kinds(executive, job));
        assertEquals(List.of(), kinds(creativeDirector, job));
    }
}
