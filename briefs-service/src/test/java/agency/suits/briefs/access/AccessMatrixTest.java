package agency.suits.briefs.access;

import agency.suits.accounts.Accounts;
import agency.suits.briefs.TestAccount;
import agency.suits.briefs.brief.Briefing;
import agency.suits.security.Role;
import agency.suits.testing.ProblemContent;
import agency.suits.testing.Tokens;
import agency.suits.web.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.parsing.Parser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who sees and changes a client's job requests and briefs: its account team and the roles that see the whole book;
 * everybody else gets 404, as if the job did not exist (OWASP API1).
 */
@QuarkusTest
class AccessMatrixTest {

    @Inject
    Accounts accounts;

    TestAccount acme;
    String jobId;
    String briefId;

    @BeforeAll
    static void describeFailures() {
        RestAssured.registerParser(ProblemContent.MEDIA_TYPE, Parser.JSON);
    }

    @BeforeEach
    void briefAJob() {
        acme = TestAccount.withPlanner(accounts);
        jobId = Briefing.logJob(acme);
        briefId = given().header("Authorization", acme.asExecutive()).contentType(ContentType.JSON)
                .body("{\"jobRequestId\": \"" + jobId + "\", \"content\": null}").when().post("/api/briefs")
                .then().statusCode(201).extract().path("id");
    }

    /** Every caller of the matrix and the status a read of the job, the brief and its versions must get. */
    Map<String, Integer> readers() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(acme.asExecutive(), 200);
        expected.put(acme.asPlanner(), 200);
        expected.put(acme.asCoordinator(), 200);
        expected.put(acme.asSupervisor(), 200);
        expected.put(TestAccount.asDirector(), 200);
        expected.put(TestAccount.asOutsider(Role.FINANCE), 200);
        expected.put(TestAccount.asOutsider(Role.ADMIN), 200);
        expected.put(TestAccount.asOutsider(Role.ACCOUNT_EXECUTIVE), 404);
        expected.put(TestAccount.asOutsider(Role.ACCOUNT_SUPERVISOR), 404);
        expected.put(TestAccount.asOutsider(Role.ACCOUNT_PLANNER), 404);
        expected.put(TestAccount.asOutsider(Role.ACCOUNT_COORDINATOR), 404);
        expected.put(TestAccount.asOutsider(Role.CREATIVE), 404);
        expected.put(TestAccount.asOutsider(Role.CREATIVE_DIRECTOR), 404);
        // someone on another client's team, in the same role as acme's AE
        TestAccount other = TestAccount.active(accounts);
        expected.put(other.asExecutive(), 404);
        return expected;
    }

    @Test
    void onlyTheTeamAndTheWholeBookSeeAClientsJobsAndBriefs() {
        Map<String, Integer> readers = readers();
        for (String path : new String[] {"/api/job-requests/" + jobId, "/api/briefs/" + briefId,
                "/api/briefs/" + briefId + "/versions", "/api/briefs/" + briefId + "/completeness",
                "/api/job-requests/" + jobId + "/schedule"}) {
            int index = 0;
            for (Map.Entry<String, Integer> reader : readers.entrySet()) {
                int status = given().header("Authorization", reader.getKey()).when().get(path).then()
                        .extract().statusCode();
                assertEquals(reader.getValue(), status, "caller #" + index + " reading " + path);
                index++;
            }
        }
    }

    @Test
    void outsidersCannotChangeWhatTheyCannotSee() {
        String outsider = TestAccount.asOutsider(Role.ACCOUNT_EXECUTIVE);
        ProblemContent.assertProblem(given().header("Authorization", outsider).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body("{\"tone\": \"Calm\"}").when().put("/api/briefs/" + briefId).then(),
                ProblemType.NOT_FOUND, "/api/briefs/" + briefId);
        ProblemContent.assertProblem(given().header("Authorization", outsider).header("If-Match", "\"1\"")
                .contentType(ContentType.JSON).body("{\"status\": \"CANCELLED\"}")
                .when().post("/api/job-requests/" + jobId + "/status").then(),
                ProblemType.NOT_FOUND, "/api/job-requests/" + jobId + "/status");
        ProblemContent.assertProblem(given().header("Authorization", outsider).header("If-Match", "\"0\"")
                .when().post("/api/briefs/" + briefId + "/submission").then(),
                ProblemType.NOT_FOUND, "/api/briefs/" + briefId + "/submission");
    }

    @Test
    void theWholeBookReadsButOnlyAccountPeopleWrite() {
        for (Role role : new Role[] {Role.FINANCE, Role.ADMIN}) {
            ProblemContent.assertProblem(given().header("Authorization", TestAccount.asOutsider(role))
                            .header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{\"tone\": \"Calm\"}")
                            .when().put("/api/briefs/" + briefId).then(),
                    ProblemType.FORBIDDEN, "/api/briefs/" + briefId);
            ProblemContent.assertProblem(given().header("Authorization", TestAccount.asOutsider(role))
                            .contentType(ContentType.JSON)
                            .body("{\"clientId\": \"" + acme.clientId + "\", \"title\": \"T\","
                                    + " \"description\": \"D\", \"requestedDeliverables\": [\"x\"],"
                                    + " \"wantedBy\": \"2099-01-01\", \"budgetIndication\": null,"
                                    + " \"requestedByContactId\": null, \"channel\": \"OTHER\"}")
                            .when().post("/api/job-requests").then(),
                    ProblemType.FORBIDDEN, "/api/job-requests");
        }
        given().header("Authorization", TestAccount.asDirector()).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body("{\"tone\": \"Calm\"}").when().put("/api/briefs/" + briefId)
                .then().statusCode(200);
    }

    @Test
    void answersAMalformedIdOnEveryEndpointWithProblemJson() {
        String[] reads = {"/api/job-requests/x", "/api/job-requests/x/schedule", "/api/briefs/x",
                "/api/briefs/x/versions", "/api/briefs/x/versions/1", "/api/briefs/" + briefId + "/versions/first",
                "/api/briefs/x/completeness", "/api/briefs?jobRequestId=x"};
        for (String path : reads) {
            ProblemContent.assertProblem(given().header("Authorization", acme.asExecutive()).when().get(path).then(),
                    ProblemType.INVALID_PARAMETER, path.replace("?jobRequestId=x", ""));
        }
        for (String path : new String[] {"/api/briefs/x/approval", "/api/briefs/x/submission"}) {
            ProblemContent.assertProblem(given().header("Authorization", acme.asSupervisor())
                    .header("If-Match", "\"0\"").when().post(path).then(), ProblemType.INVALID_PARAMETER, path);
        }
        ProblemContent.assertProblem(given().header("Authorization", acme.asExecutive())
                .when().get("/api/briefs").then(), ProblemType.INVALID_PARAMETER, "/api/briefs");
    }

    @Test
    void aTokenWithoutAStaffIdOrRolesGetsNothing() {
        ProblemContent.assertProblem(given().when().get("/api/briefs/" + briefId).then(),
                ProblemType.UNAUTHORIZED, "/api/briefs/" + briefId);
        int status = given().header("Authorization", Tokens.bearer(UUID.randomUUID()))
                .when().get("/api/job-requests/" + jobId).then().extract().statusCode();
        assertEquals(404, status);
    }
}
