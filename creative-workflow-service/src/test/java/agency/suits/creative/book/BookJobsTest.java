package agency.suits.creative.book;

import agency.suits.creative.support.Api;
import agency.suits.creative.support.Briefs;
import agency.suits.creative.support.Work;
import agency.suits.events.clients.AccountRole;
import agency.suits.security.Role;
import agency.suits.testing.events.AccountEvents;
import agency.suits.testing.events.Published;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.parsing.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static agency.suits.creative.support.Briefs.aBrief;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** creative-workflow-service's part of the book: each account's open jobs and their rounds, for whom. */
@QuarkusTest
class BookJobsTest {

    private final Api supervisor = Api.as(Role.ACCOUNT_SUPERVISOR);
    private final Api executive = Api.as(Role.ACCOUNT_EXECUTIVE);
    private final Api planner = Api.as(Role.ACCOUNT_PLANNER);
    private final Api creativeDirector = Api.as(Role.CREATIVE_DIRECTOR);
    private final Api creative = Api.as(Role.CREATIVE);
    private final Api accountDirector = Api.as(Role.ACCOUNT_DIRECTOR);

    @BeforeAll
    static void problemsAreJson() {
        RestAssured.registerParser("application/problem+json", Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void countsEachAccountsOpenJobsAndTheRoundsTheyUsedForTheSupervisorOfItsTeam() {
        Briefs ours = aBrief().includingRounds(1);
        Briefs others = aBrief().includingRounds(3);
        Published.event(AccountEvents.team(ours.clientId, List.of(
                AccountEvents.member(supervisor.staffId, AccountRole.ACCOUNT_SUPERVISOR),
                AccountEvents.member(executive.staffId, AccountRole.ACCOUNT_EXECUTIVE),
                AccountEvents.member(planner.staffId, AccountRole.ACCOUNT_PLANNER))));
        Published.event(ours.submitted());
        Published.event(others.submitted());
        String job = "/api/creative-jobs/" + creativeDirector.awaitJobId(ours.jobNumber);
        creativeDirector.awaitJobId(others.jobNumber);
        Api.await(() -> book(supervisor).getList("accounts.clientId").contains(ours.clientId.toString()) ? true
                : null, "the supervisor's team and job in creative");

        assertEquals(Map.of("clientId", ours.clientId.toString(), "openJobs", 1, "roundsUsed", 1,
                "roundsIncluded", 1, "jobsOverRounds", 0), account(book(supervisor), ours));
        assertTrue(!book(supervisor).getList("accounts.clientId").contains(others.clientId.toString()),
                "another team's client is not in the supervisor's book");
        assertEquals(3, account(book(accountDirector), others).get("roundsIncluded"));

        // the client asks for changes on the only included round: the job goes on into round 2
        creativeDirector.change(job + "/assignments", Map.of("staffId", creative.staffId.toString())).statusCode(200);
        String version = creative.post(job + "/versions", Work.version(ours.bannerId, "Banner")).statusCode(201)
                .extract().path("id");
        creativeDirector.change(job + "/internal-review", Map.of("outcome", "APPROVED")).statusCode(200);
        planner.change(job + "/strategy-check", Map.of("onStrategy", true)).statusCode(200);
        executive.change(job + "/presentation", Map.of("workVersionIds", List.of(version))).statusCode(200);
        executive.change(job + "/feedback", Map.of("decision", "CHANGES_REQUESTED", "comments", List.of(
                Work.comment("Logo must be top right", "MANDATORY", ours.mandatoryId, version)))).statusCode(200);
        assertEquals(Map.of("clientId", ours.clientId.toString(), "openJobs", 1, "roundsUsed", 2,
                "roundsIncluded", 1, "jobsOverRounds", 1), account(book(supervisor), ours));
    }

    @Test
    void theBookIsTheSupervisorsAndDirectors() {
        executive.get("/api/book").statusCode(403).body("detail", containsString("read the book"));
        creativeDirector.get("/api/book").statusCode(403);
    }

    private static JsonPath book(Api who) {
        return who.get("/api/book").statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> account(JsonPath book, Briefs brief) {
        return book.getMap("accounts.find { it.clientId == '" + brief.clientId + "' }");
    }
}
