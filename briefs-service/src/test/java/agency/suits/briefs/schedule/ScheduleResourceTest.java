package agency.suits.briefs.schedule;

import agency.suits.accounts.Accounts;
import agency.suits.briefs.TestAccount;
import agency.suits.briefs.brief.Briefing;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.briefs.ScheduleChanged;
import agency.suits.security.Role;
import agency.suits.testing.ProblemContent;
import agency.suits.testing.TopicProbe;
import agency.suits.web.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.parsing.Parser;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ScheduleResourceTest {

    static final String OVERDUE = "/api/job-requests/milestones/overdue";
    static final LocalDate TODAY = LocalDate.now();

    @Inject
    Accounts accounts;

    @Inject
    EntityManager entityManager;

    TestAccount acme;
    String jobId;
    String path;

    @BeforeAll
    static void describeFailures() {
        RestAssured.registerParser(ProblemContent.MEDIA_TYPE, Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void logJob() {
        acme = TestAccount.withPlanner(accounts);
        jobId = Briefing.logJob(acme);
        path = "/api/job-requests/" + jobId + "/schedule";
    }

    static String schedule(String... milestones) {
        return "{\"milestones\": [" + String.join(", ", milestones) + "]}";
    }

    static String milestone(String name, LocalDate dueOn, LocalDate completedOn) {
        return "{\"name\": \"" + name + "\", \"dueOn\": \"" + dueOn + "\", \"completedOn\": "
                + (completedOn == null ? "null" : "\"" + completedOn + "\"") + "}";
    }

    ValidatableResponse put(String token, String ifMatch, String body) {
        var request = given().header("Authorization", token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(path).then();
    }

    @Test
    void aScheduleSetIsPublishedWholeForCreativesDueDate() {
        try (TopicProbe topic = TopicProbe.watching(Topics.BRIEFS)) {
            put(acme.asExecutive(), "\"0\"", schedule(milestone("Shoot", TODAY.plusDays(20), null),
                    milestone("Concepts", TODAY.plusDays(5), TODAY))).statusCode(200);
            String jobNumber = given().header("Authorization", acme.asExecutive()).when().get(path).then()
                    .statusCode(200).extract().path("jobNumber");
            JsonNode changed = topic.awaitEvent(EventType.forPayload(ScheduleChanged.class).type(),
                    e -> jobNumber.equals(e.path("subject").asText()), Duration.ofSeconds(20)).path("data");
            assertEquals(jobId, changed.path("jobRequestId").asText());
            assertEquals(List.of("Concepts", "Shoot"), changed.path("milestones").findValuesAsText("name"));
            assertEquals(TODAY.plusDays(20).toString(), changed.path("milestones").get(1).path("dueOn").asText());
        }
    }

    @Test
    void keepsTheMilestonesInDueOrder() {
        put(acme.asExecutive(), "\"0\"", schedule(milestone("Shoot", TODAY.plusDays(20), null),
                milestone("Concepts", TODAY.plusDays(5), null))).statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("milestones.name", equalTo(List.of("Concepts", "Shoot")))
                .body("milestones[0].overdue", equalTo(false));
        given().header("Authorization", acme.asPlanner()).when().get(path).then()
                .statusCode(200).header("ETag", equalTo("\"1\""))
                .body("jobNumber", containsString(acme.code))
                .body("milestones.dueOn",
                        equalTo(List.of(TODAY.plusDays(5).toString(), TODAY.plusDays(20).toString())));
    }

    @Test
    void letsTrafficScheduleAnyJobAndRefusesCoordinatorsAndOutsiders() {
        String traffic = TestAccount.asOutsider(Role.TRAFFIC);
        put(traffic, "\"0\"", schedule(milestone("Concepts", TODAY, null))).statusCode(200);
        given().header("Authorization", traffic).when().get(path).then().statusCode(200)
                .body("milestones[0].name", equalTo("Concepts"));
        ProblemContent.assertProblem(put(acme.asCoordinator(), "\"1\"", schedule()), ProblemType.FORBIDDEN, path);
        ProblemContent.assertProblem(put(acme.asPlanner(), "\"1\"", schedule()), ProblemType.FORBIDDEN, path);
        ProblemContent.assertProblem(put(TestAccount.asOutsider(Role.ACCOUNT_EXECUTIVE), "\"1\"", schedule()),
                ProblemType.NOT_FOUND, path);
        ProblemContent.assertProblem(given().header("Authorization", TestAccount.asOutsider(Role.ACCOUNT_EXECUTIVE))
                .when().get(path).then(), ProblemType.NOT_FOUND, path);
    }

    @Test
    void refusesMilestonesDueInThePast() {
        ProblemContent.assertProblem(put(acme.asExecutive(), "\"0\"",
                        schedule(milestone("Concepts", TODAY.plusDays(1), null),
                                milestone("Shoot", TODAY.minusDays(1), null))),
                        ProblemType.UNPROCESSABLE, path)
                .body("errors[0].field", equalTo("milestones[1].dueOn"))
                .body("errors[0].message", containsString("past"));
    }

    @Test
    void answersBadInputWithProblemJson() {
        ProblemContent.assertProblem(put(acme.asExecutive(), null, schedule()),
                ProblemType.PRECONDITION_REQUIRED, path);
        ProblemContent.assertProblem(put(acme.asExecutive(), "\"4\"", schedule()),
                ProblemType.PRECONDITION_FAILED, path);
        ProblemContent.assertProblem(put(acme.asExecutive(), "\"0\"", "{\"milestones\": [{\"name\": \"Shoot\"}]}"),
                ProblemType.CONSTRAINT_VIOLATION, path).body("errors.field", hasItem(containsString("dueOn")));
        ProblemContent.assertProblem(put(acme.asExecutive(), "\"0\"", schedule(milestone("", TODAY, null))),
                ProblemType.CONSTRAINT_VIOLATION, path);
        ProblemContent.assertProblem(put(acme.asExecutive(), "\"0\"",
                "{\"milestones\": [{\"name\": \"Shoot\", \"dueOn\": \"tomorrow\", \"completedOn\": null}]}"),
                ProblemType.INVALID_BODY, path);
        ProblemContent.assertProblem(put(acme.asExecutive(), "\"0\"", "{}"), ProblemType.CONSTRAINT_VIOLATION, path);
        String unknown = "/api/job-requests/" + UUID.randomUUID() + "/schedule";
        ProblemContent.assertProblem(given().header("Authorization", acme.asExecutive()).when().get(unknown).then(),
                ProblemType.NOT_FOUND, unknown);
    }

    @Test
    void closesTheScheduleOfACancelledJob() {
        given().header("Authorization", acme.asExecutive()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"status\": \"CANCELLED\"}").when().post("/api/job-requests/" + jobId + "/status")
                .then().statusCode(200);
        ProblemContent.assertProblem(put(acme.asExecutive(), "\"1\"", schedule(milestone("Concepts", TODAY, null))),
                ProblemType.CONFLICT, path).body("detail", containsString("CANCELLED"));
    }

    @Test
    void listsOverdueMilestonesAcrossTheAgencyUntilTheyAreMet() {
        put(acme.asExecutive(), "\"0\"", schedule(milestone("Concepts", TODAY, null))).statusCode(200);
        // the schedule was set two days ago: arranged in the database, since nobody may set a date in the past
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update job_milestone set due_on = ?1 where job_request_id = ?2")
                .setParameter(1, TODAY.minusDays(2)).setParameter(2, UUID.fromString(jobId)).executeUpdate());

        given().header("Authorization", TestAccount.asOutsider(Role.TRAFFIC)).queryParam("size", 100)
                .when().get(OVERDUE).then().statusCode(200)
                .body("items.find { it.jobRequestId == '" + jobId + "' }.name", equalTo("Concepts"))
                .body("items.find { it.jobRequestId == '" + jobId + "' }.daysOverdue", equalTo(2));
        given().header("Authorization", acme.asExecutive()).when().get(OVERDUE).then().statusCode(200)
                .body("items.jobRequestId", equalTo(List.of(jobId)));
        given().header("Authorization", TestAccount.asOutsider(Role.ACCOUNT_EXECUTIVE)).when().get(OVERDUE).then()
                .statusCode(200).body("totalItems", equalTo(0));
        given().header("Authorization", acme.asExecutive()).when().get(path).then()
                .body("milestones[0].overdue", equalTo(true));

        put(acme.asExecutive(), "\"1\"", schedule(milestone("Concepts", TODAY.minusDays(2), TODAY))).statusCode(200)
                .body("milestones[0].overdue", equalTo(false));
        given().header("Authorization", acme.asExecutive()).when().get(OVERDUE).then().statusCode(200)
                .body("items.jobRequestId", not(hasItem(jobId)));
        ProblemContent.assertProblem(given().header("Authorization", acme.asExecutive()).queryParam("sort", "name")
                .when().get(OVERDUE).then(), ProblemType.INVALID_PARAMETER, OVERDUE);
    }
}
