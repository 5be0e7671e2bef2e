package agency.suits.briefs.brief;

import agency.suits.accounts.Accounts;
import agency.suits.briefs.TestAccount;
import agency.suits.security.Role;
import agency.suits.testing.ProblemContent;
import agency.suits.web.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.parsing.Parser;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class BriefResourceTest {

    static final String PATH = "/api/briefs";

    @Inject
    Accounts accounts;

    TestAccount acme;
    String jobId;

    @BeforeAll
    static void describeFailures() {
        RestAssured.registerParser(ProblemContent.MEDIA_TYPE, Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void logJob() {
        acme = TestAccount.active(accounts);
        jobId = Briefing.logJob(acme);
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }

    @Test
    void startsTheBriefOfAJobAndMovesTheJobToBriefing() {
        String id = as(acme.asExecutive()).body(Briefing.newBrief(jobId, Briefing.draftContent()))
                .when().post(PATH).then()
                .statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("revision", equalTo(1))
                .body("jobNumber", containsString(acme.code + "-"))
                .body("content.background", equalTo("Acme launches a lighter running shoe."))
                .body("content.mandatories[0].mandatoryId", notNullValue())
                .body("complete", equalTo(false))
                .extract().path("id");
        as(acme.asExecutive()).when().get("/api/job-requests/" + jobId).then()
                .statusCode(200).body("status", equalTo("BRIEFING"));
        as(acme.asPlanner()).queryParam("jobRequestId", jobId).when().get(PATH).then()
                .statusCode(200).body("id", equalTo(id));
        ProblemContent.assertProblem(as(acme.asExecutive()).body(Briefing.newBrief(jobId, "null"))
                .when().post(PATH).then(), ProblemType.CONFLICT, PATH).body("detail", containsString("already"));
    }

    @Test
    void startsOneBriefWhenColleaguesStartItAtOnce() throws Exception {
        List<Integer> statuses = concurrently(6, () -> as(acme.asExecutive())
                .body(Briefing.newBrief(jobId, Briefing.draftContent())).when().post(PATH).then()
                .extract().statusCode());
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
    }

    @Test
    void letsOneOfTwoSimultaneousSavesOfTheSameVersionWin() throws Exception {
        String id = Briefing.start(acme, jobId, Briefing.draftContent());
        List<Integer> statuses = concurrently(6, () -> Briefing.save(acme.asExecutive(), id, 0,
                Briefing.completeContent().replace("Witty", "Tone " + UUID.randomUUID())).extract().statusCode());
        assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(status -> status == 412).count(), statuses.toString());
        as(acme.asExecutive()).when().get(PATH + "/" + id + "/versions").then().body("", hasSize(2));
    }

    static <T> List<T> concurrently(int times, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(Collections.nCopies(times, call))) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepsEveryRevisionAndComparesAnyTwo() {
        String id = Briefing.start(acme, jobId, Briefing.draftContent());
        Briefing.save(acme.asExecutive(), id, 0, Briefing.completeContent()).statusCode(200)
                .body("revision", equalTo(2)).body("complete", equalTo(true)).header("ETag", equalTo("\"1\""));

        as(acme.asExecutive()).when().get(PATH + "/" + id + "/versions").then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("[0].revision", equalTo(1))
                .body("[0].savedBy", equalTo(acme.executive.toString()))
                .body("[1].revision", equalTo(2))
                .body("[1].changed", hasItem("proposition"));
        as(acme.asExecutive()).when().get(PATH + "/" + id + "/versions/1").then()
                .statusCode(200).body("content.proposition", nullValue())
                .body("content.background", equalTo("Acme launches a lighter running shoe."));
        as(acme.asExecutive()).queryParam("from", 1).queryParam("to", 2)
                .when().get(PATH + "/" + id + "/versions/diff").then()
                .statusCode(200)
                .body("changes.find { it.field == 'proposition' }.before", nullValue())
                .body("changes.find { it.field == 'proposition' }.after", equalTo("The shoe that makes 6 a.m. feel light."))
                .body("changes.field", hasItem("budget"))
                .body("changes.field", org.hamcrest.Matchers.not(hasItem("background")));

        ProblemContent.assertProblem(as(acme.asExecutive()).when().get(PATH + "/" + id + "/versions/9").then(),
                ProblemType.NOT_FOUND, PATH + "/" + id + "/versions/9");
        ProblemContent.assertProblem(as(acme.asExecutive()).queryParam("from", 1)
                .when().get(PATH + "/" + id + "/versions/diff").then(),
                ProblemType.INVALID_PARAMETER, PATH + "/" + id + "/versions/diff");
        ProblemContent.assertProblem(as(acme.asExecutive()).queryParam("from", "one").queryParam("to", 2)
                .when().get(PATH + "/" + id + "/versions/diff").then(),
                ProblemType.INVALID_PARAMETER, PATH + "/" + id + "/versions/diff");
    }

    @Test
    void listsWhatIsStillMissing() {
        String id = Briefing.start(acme, jobId, Briefing.draftContent());
        as(acme.asCoordinator()).when().get(PATH + "/" + id + "/completeness").then()
                .statusCode(200)
                .body("complete", equalTo(false))
                .body("revision", equalTo(1))
                .body("missing.section", equalTo(List.of("targetAudience", "insight", "proposition",
                        "reasonsToBelieve", "deliverables[0].specs", "milestones", "budget")));
    }

    @Test
    void letsEachRoleWriteOnlyItsSections() {
        String id = Briefing.start(acme, jobId, Briefing.draftContent());
        String withInsight = Briefing.draftContent().replace("\"insight\": null",
                "\"insight\": \"Heavy shoes make early runs a chore.\"");
        ProblemContent.assertProblem(Briefing.save(acme.asCoordinator(), id, 0, withInsight),
                ProblemType.FORBIDDEN, PATH + "/" + id).body("detail", containsString("insight"));
        Briefing.save(acme.asPlanner(), id, 0, withInsight).statusCode(200).body("revision", equalTo(2));

        String withTone = withInsight.replace("\"tone\": \"Witty\"", "\"tone\": \"Calm\"");
        ProblemContent.assertProblem(Briefing.save(acme.asPlanner(), id, 1, withTone),
                ProblemType.FORBIDDEN, PATH + "/" + id).body("detail", containsString("tone"));
        Briefing.save(acme.asCoordinator(), id, 1, withTone).statusCode(200).body("content.tone", equalTo("Calm"));

        for (Role role : List.of(Role.CREATIVE, Role.CREATIVE_DIRECTOR, Role.FINANCE)) {
            ProblemContent.assertProblem(Briefing.save(TestAccount.asOutsider(role), id, 2, withTone),
                    ProblemType.FORBIDDEN, PATH + "/" + id);
        }
        String anotherJob = Briefing.logJob(acme);
        ProblemContent.assertProblem(as(acme.asPlanner()).body(Briefing.newBrief(anotherJob, Briefing.draftContent()))
                .when().post(PATH).then(), ProblemType.FORBIDDEN, PATH).body("detail", containsString("background"));
    }

    @Test
    void needsTheCurrentVersionToSave() {
        String id = Briefing.start(acme, jobId, Briefing.draftContent());
        ProblemContent.assertProblem(as(acme.asExecutive()).body(Briefing.completeContent())
                .when().put(PATH + "/" + id).then(), ProblemType.PRECONDITION_REQUIRED, PATH + "/" + id);
        ProblemContent.assertProblem(Briefing.save(acme.asExecutive(), id, 5, Briefing.completeContent()),
                ProblemType.PRECONDITION_FAILED, PATH + "/" + id);
        Briefing.save(acme.asExecutive(), id, 0, Briefing.draftContent()).statusCode(200)
                .body("revision", equalTo(1)).header("ETag", equalTo("\"0\""));
    }

    @Test
    void answersBadInputWithProblemJson() {
        String id = Briefing.start(acme, jobId, Briefing.draftContent());
        String four = Briefing.completeContent().replace("\"reasonsToBelieve\": [",
                "\"reasonsToBelieve\": [\"One\", \"Two\",");
        ProblemContent.assertProblem(Briefing.save(acme.asExecutive(), id, 0, four),
                ProblemType.CONSTRAINT_VIOLATION, PATH + "/" + id)
                .body("errors.field", hasItem(containsString("reasonsToBelieve")));
        ProblemContent.assertProblem(Briefing.save(acme.asExecutive(), id, 0,
                        Briefing.completeContent().replace("\"name\": \"Launch film\"", "\"name\": \"\"")),
                ProblemType.CONSTRAINT_VIOLATION, PATH + "/" + id);
        ProblemContent.assertProblem(Briefing.save(acme.asExecutive(), id, 0,
                        Briefing.completeContent().replace("\"dueOn\": \"", "\"dueOn\": \"x")),
                ProblemType.INVALID_BODY, PATH + "/" + id);
        ProblemContent.assertProblem(Briefing.save(acme.asExecutive(), id, 0, "{\"colour\": \"red\"}"),
                ProblemType.INVALID_BODY, PATH + "/" + id).body("errors[0].field", equalTo("colour"));
        ProblemContent.assertProblem(Briefing.save(acme.asExecutive(), id, 0, "{\"tone\": "),
                ProblemType.MALFORMED_JSON, PATH + "/" + id);
        ProblemContent.assertProblem(as(acme.asExecutive()).body("{\"content\": null}").when().post(PATH).then(),
                ProblemType.CONSTRAINT_VIOLATION, PATH).body("errors.field", hasItem(containsString("jobRequestId")));
        ProblemContent.assertProblem(as(acme.asExecutive()).body(Briefing.newBrief(UUID.randomUUID().toString(), "null"))
                .when().post(PATH).then(), ProblemType.NOT_FOUND, PATH);
        String unknown = PATH + "/" + UUID.randomUUID();
        ProblemContent.assertProblem(as(acme.asExecutive()).when().get(unknown).then(), ProblemType.NOT_FOUND, unknown);
    }
}
