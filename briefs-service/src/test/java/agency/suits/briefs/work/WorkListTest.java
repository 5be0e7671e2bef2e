package agency.suits.briefs.work;

import agency.suits.accounts.Accounts;
import agency.suits.briefs.TestAccount;
import agency.suits.briefs.brief.Briefing;
import agency.suits.security.Role;
import agency.suits.testing.ProblemContent;
import agency.suits.web.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.parsing.Parser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code GET /api/me/work} of briefs-service: what waits for the caller, and for nobody else. */
@QuarkusTest
class WorkListTest {

    static final String WORK = "/api/me/work";

    @Inject
    Accounts accounts;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void describeFailures() {
        RestAssured.registerParser(ProblemContent.MEDIA_TYPE, Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** The kinds of the caller's items about {@code link}, so that other tests' data does not matter. */
    static List<String> kindsFor(String token, String link) {
        return given().header("Authorization", token).when().get(WORK).then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.link == '" + link + "' }.kind");
    }

    @Test
    void aJobWithoutABriefWaitsForTheAccountsExecutiveAndSupervisorsUntilTheBriefIsStarted() {
        TestAccount acme = TestAccount.active(accounts);
        String jobId = Briefing.logJob(acme);
        String link = "/api/job-requests/" + jobId;

        given().header("Authorization", acme.asExecutive()).when().get(WORK).then().statusCode(200)
                .body("items.find { it.link == '" + link + "' }.kind", equalTo("JOB_REQUEST_WITHOUT_BRIEF"))
                .body("items.find { it.link == '" + link + "' }.clientId", equalTo(acme.clientId.toString()))
                .body("items.find { it.link == '" + link + "' }.clientName", equalTo("Client " + acme.code))
                .body("items.find { it.link == '" + link + "' }.subject",
                        matchesPattern(acme.code + "-\\d{4}-\\d{4} Spring launch"))
                .body("items.find { it.link == '" + link + "' }.ageDays", equalTo(0));
        assertKinds(List.of("JOB_REQUEST_WITHOUT_BRIEF"), acme.asSupervisor(), link);
        assertKinds(List.of("JOB_REQUEST_WITHOUT_BRIEF"), acme.asSecondSupervisor(), link);
        assertKinds(List.of(), acme.asCoordinator(), link);
        assertKinds(List.of(), TestAccount.asDirector(), link);
        assertKinds(List.of(), TestAccount.asOutsider(Role.ACCOUNT_EXECUTIVE), link);

        Briefing.start(acme, jobId, Briefing.draftContent());

        assertKinds(List.of(), acme.asExecutive(), link);
        assertKinds(List.of(), acme.asSupervisor(), link);
    }

    @Test
    void aCompleteBriefWaitsForTheApprovalOfSupervisorsAndDirectorsWhoWroteNoneOfItUntilOneApproves() {
        TestAccount acme = TestAccount.active(accounts);
        String jobId = Briefing.logJob(acme);
        String briefId = Briefing.start(acme, jobId, Briefing.completeContent());
        String link = "/api/briefs/" + briefId;
        String director = TestAccount.asDirector();

        assertKinds(List.of("BRIEF_TO_APPROVE"), acme.asSupervisor(), link);
        assertKinds(List.of("BRIEF_TO_APPROVE"), acme.asSecondSupervisor(), link);
        assertKinds(List.of("BRIEF_TO_APPROVE"), director, link);
        assertKinds(List.of(), acme.asExecutive(), link);
        assertKinds(List.of(), TestAccount.asOutsider(Role.ACCOUNT_SUPERVISOR), link);

        // the supervisor edits the brief: now an author, they may no longer approve it, so it no longer waits for them
        Briefing.save(acme.asSupervisor(), briefId, 0, Briefing.completeContent().replace("Witty", "Warm"))
                .statusCode(200);
        assertKinds(List.of(), acme.asSupervisor(), link);
        assertKinds(List.of("BRIEF_TO_APPROVE"), acme.asSecondSupervisor(), link);

        given().header("Authorization", acme.asSecondSupervisor()).header("If-Match", "\"1\"")
                .when().post(link + "/approval").then().statusCode(200);

        assertKinds(List.of(), acme.asSecondSupervisor(), link);
        assertKinds(List.of(), director, link);
    }

    @Test
    void anIncompleteBriefWaitsForNoApprover() {
        TestAccount acme = TestAccount.active(accounts);
        String briefId = Briefing.start(acme, Briefing.logJob(acme), Briefing.draftContent());

        assertKinds(List.of(), acme.asSupervisor(), "/api/briefs/" + briefId);
    }

    @Test
    void theTeamsPlannerIsAskedForTheirSectionsUntilTheyWriteThem() {
        TestAccount acme = TestAccount.withPlanner(accounts);
        String briefId = Briefing.start(acme, Briefing.logJob(acme), Briefing.draftContent());
        String link = "/api/briefs/" + briefId;

        assertKinds(List.of("BRIEF_SECTIONS_TO_WRITE"), acme.asPlanner(), link);
        assertKinds(List.of(), TestAccount.asOutsider(Role.ACCOUNT_PLANNER), link);
        assertKinds(List.of(), acme.asExecutive(), link);

        Briefing.save(acme.asPlanner(), briefId, 0, Briefing.draftContent()
                        .replace("\"targetAudience\": null", "\"targetAudience\": \"Urban runners, 25-40\"")
                        .replace("\"insight\": null", "\"insight\": \"Heavy shoes make early runs a chore.\"")
                        .replace("\"proposition\": null", "\"proposition\": \"6 a.m. feels light.\""))
                .statusCode(200);

        assertKinds(List.of(), acme.asPlanner(), link);
    }

    @Test
    void overdueMilestonesWaitForTrafficUntilMet() {
        TestAccount acme = TestAccount.active(accounts);
        String jobId = Briefing.logJob(acme);
        String schedule = "/api/job-requests/" + jobId + "/schedule";
        LocalDate today = LocalDate.now();
        given().header("Authorization", acme.asExecutive()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"milestones\": [{\"name\": \"Concepts\", \"dueOn\": \"" + today
                        + "\", \"completedOn\": null}]}")
                .when().put(schedule).then().statusCode(200);
        // due three days ago: arranged in the database, since nobody may set a date in the past
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update job_milestone set due_on = ?1 where job_request_id = ?2")
                .setParameter(1, today.minusDays(3)).setParameter(2, UUID.fromString(jobId)).executeUpdate());
        String traffic = TestAccount.asOutsider(Role.TRAFFIC);

        given().header("Authorization", traffic).when().get(WORK).then().statusCode(200)
                .body("items.find { it.link == '" + schedule + "' }.kind", equalTo("MILESTONE_OVERDUE"))
                .body("items.find { it.link == '" + schedule + "' }.ageDays", equalTo(3))
                .body("items.find { it.link == '" + schedule + "' }.subject",
                        matchesPattern(".* Concepts, due " + today.minusDays(3)));
        assertKinds(List.of(), acme.asExecutive(), schedule);

        given().header("Authorization", traffic).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"milestones\": [{\"name\": \"Concepts\", \"dueOn\": \"" + today.minusDays(3)
                        + "\", \"completedOn\": \"" + today + "\"}]}")
                .when().put(schedule).then().statusCode(200);

        assertKinds(List.of(), traffic, schedule);
    }

    @Test
    void theOldestWaitingComesFirst() {
        TestAccount acme = TestAccount.active(accounts);
        String first = Briefing.logJob(acme);
        String second = Briefing.logJob(acme);

        List<String> links = given().header("Authorization", acme.asExecutive()).when().get(WORK).then()
                .statusCode(200).extract().jsonPath().getList("items.link");
        assertTrue(links.indexOf("/api/job-requests/" + first) < links.indexOf("/api/job-requests/" + second),
                links.toString());
    }

    @Test
    void aCallerWithoutATokenIsRefused() {
        ProblemContent.assertProblem(given().when().get(WORK).then(), ProblemType.UNAUTHORIZED, WORK);
    }

    private static void assertKinds(List<String> expected, String token, String link) {
        assertEquals(expected, kindsFor(token, link));
    }
}
