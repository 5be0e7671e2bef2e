package agency.suits.briefs.brief;

import agency.suits.briefs.TestAccount;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.BriefWithdrawn;
import agency.suits.events.clients.ClientStatus;
import agency.suits.security.Role;
import agency.suits.testing.ProblemContent;
import agency.suits.testing.TopicProbe;
import agency.suits.web.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class BriefSubmissionTest extends JobToBrief {

    static ValidatableResponse post(String token, String path, long version) {
        return given().header("Authorization", token).header("If-Match", "\"" + version + "\"")
                .contentType(ContentType.JSON).when().post(path).then();
    }

    static ValidatableResponse withdraw(String token, String id, long version, String reason) {
        return given().header("Authorization", token).header("If-Match", "\"" + version + "\"")
                .contentType(ContentType.JSON).body("{\"reason\": \"" + reason + "\"}")
                .when().post(PATH + "/" + id + "/withdrawal").then();
    }

    /** A complete brief written by the AE, at version 0. */
    String completeBrief() {
        return Briefing.start(acme, jobId, Briefing.completeContent());
    }

    @Test
    void isApprovedByASupervisorWhoDidNotWriteIt() {
        String id = completeBrief();
        post(acme.asSupervisor(), PATH + "/" + id + "/approval", 0).statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo(acme.supervisor.toString()))
                .body("approvedRevision", equalTo(1))
                .header("ETag", equalTo("\"1\""));
        ProblemContent.assertProblem(post(acme.asSecondSupervisor(), PATH + "/" + id + "/approval", 1),
                ProblemType.CONFLICT, PATH + "/" + id + "/approval").body("detail", containsString("already approved"));
    }

    @Test
    void refusesAnAuthorApprovingTheirOwnBrief() {
        String id = completeBrief();
        Briefing.save(acme.asSupervisor(), id, 0, Briefing.completeContent().replace("Witty", "Warm"))
                .statusCode(200);
        ProblemContent.assertProblem(post(acme.asSupervisor(), PATH + "/" + id + "/approval", 1),
                        ProblemType.FORBIDDEN, PATH + "/" + id + "/approval")
                .body("detail", containsString("did not write"));
        post(acme.asSecondSupervisor(), PATH + "/" + id + "/approval", 1).statusCode(200)
                .body("approvedBy", equalTo(acme.secondSupervisor.toString()));
    }

    @Test
    void refusesApprovalByRolesThatDoNotApprove() {
        String id = completeBrief();
        for (String token : List.of(acme.asCoordinator(), acme.asExecutive())) {
            ProblemContent.assertProblem(post(token, PATH + "/" + id + "/approval", 0),
                    ProblemType.FORBIDDEN, PATH + "/" + id + "/approval")
                    .body("detail", containsString("supervisor or director"));
        }
        ProblemContent.assertProblem(
                post(TestAccount.asOutsider(Role.ACCOUNT_SUPERVISOR), PATH + "/" + id + "/approval", 0),
                ProblemType.NOT_FOUND, PATH + "/" + id + "/approval");
        post(TestAccount.asDirector(), PATH + "/" + id + "/approval", 0).statusCode(200);
    }

    @Test
    void refusesToApproveAnIncompleteBrief() {
        String id = Briefing.start(acme, jobId, Briefing.draftContent());
        ProblemContent.assertProblem(post(acme.asSupervisor(), PATH + "/" + id + "/approval", 0),
                ProblemType.CONFLICT, PATH + "/" + id + "/approval").body("detail", containsString("budget"));
    }

    @Test
    void dropsTheApprovalWhenTheBriefIsEdited() {
        String id = completeBrief();
        post(acme.asSupervisor(), PATH + "/" + id + "/approval", 0).statusCode(200);
        Briefing.save(acme.asExecutive(), id, 1, Briefing.completeContent().replace("Witty", "Bold"))
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("approvedBy", nullValue())
                .body("revision", equalTo(2));
    }

    @Test
    void refusesSubmissionListingEveryUnmetCondition() {
        String id = Briefing.start(acme, jobId, Briefing.draftContent());
        ProblemContent.assertProblem(post(acme.asExecutive(), PATH + "/" + id + "/submission", 0),
                        ProblemType.CONFLICT, PATH + "/" + id + "/submission")
                .body("errors.field", hasItems("content.proposition", "content.budget", "content.milestones",
                        "approval"))
                .body("errors.field", not(hasItem("client")));
        given().header("Authorization", acme.asExecutive()).when().get("/api/job-requests/" + jobId).then()
                .body("status", equalTo("BRIEFING"));
    }

    @Test
    void refusesSubmissionForAClientThatIsNotActive() {
        String id = completeBrief();
        post(acme.asSupervisor(), PATH + "/" + id + "/approval", 0).statusCode(200);
        acme.changeStatus(ClientStatus.PAUSED);
        ProblemContent.assertProblem(post(acme.asExecutive(), PATH + "/" + id + "/submission", 1),
                        ProblemType.CONFLICT, PATH + "/" + id + "/submission")
                .body("errors.field", equalTo(List.of("client")))
                .body("errors[0].message", containsString("PAUSED"));
    }

    @Test
    void submitsTheBriefOfAClientAtRisk() {
        String id = completeBrief();
        post(acme.asSupervisor(), PATH + "/" + id + "/approval", 0).statusCode(200);
        acme.changeStatus(ClientStatus.AT_RISK);
        post(acme.asExecutive(), PATH + "/" + id + "/submission", 1).statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void refusesSubmissionWithoutAContractToTakeTheRoundsFrom() {
        TestAccount noContract = TestAccount.register(accounts, ClientStatus.ACTIVE, null);
        String job = Briefing.logJob(noContract);
        String id = Briefing.start(noContract, job, Briefing.completeContent());
        post(noContract.asSupervisor(), PATH + "/" + id + "/approval", 0).statusCode(200);
        ProblemContent.assertProblem(post(noContract.asExecutive(), PATH + "/" + id + "/submission", 1),
                        ProblemType.CONFLICT, PATH + "/" + id + "/submission")
                .body("errors.field", equalTo(List.of("contract")));
    }

    /** A contract signed for next year is not in force today: it neither allows submission nor gives its rounds. */
    @Test
    void needsAContractInForceOnTheDay() {
        TestAccount onlyLater = TestAccount.register(accounts, ClientStatus.ACTIVE, null);
        onlyLater.signContract(LocalDate.now().plusMonths(3), 5);
        String job = Briefing.logJob(onlyLater);
        String id = Briefing.start(onlyLater, job, Briefing.completeContent());
        post(onlyLater.asSupervisor(), PATH + "/" + id + "/approval", 0).statusCode(200);
        ProblemContent.assertProblem(post(onlyLater.asExecutive(), PATH + "/" + id + "/submission", 1),
                        ProblemType.CONFLICT, PATH + "/" + id + "/submission")
                .body("errors.field", equalTo(List.of("contract")))
                .body("errors[0].message", containsString("no contract in force on"));
    }

    @Test
    void refusesSubmissionByCoordinators() {
        String id = completeBrief();
        post(acme.asSupervisor(), PATH + "/" + id + "/approval", 0).statusCode(200);
        for (String token : List.of(acme.asCoordinator())) {
            ProblemContent.assertProblem(post(token, PATH + "/" + id + "/submission", 1),
                    ProblemType.FORBIDDEN, PATH + "/" + id + "/submission");
        }
    }

    @Test
    void submitsTheFrozenRevisionAndPublishesBriefSubmittedWithTheSnapshot() {
        String id = completeBrief();
        post(acme.asSupervisor(), PATH + "/" + id + "/approval", 0).statusCode(200);
        // the renewal signed for later does not replace the contract in force: its 7 rounds are not today's
        acme.signContract(LocalDate.now().plusMonths(6), 7);
        String jobNumber;
        try (TopicProbe probe = TopicProbe.watching(Topics.BRIEFS)) {
            jobNumber = post(acme.asExecutive(), PATH + "/" + id + "/submission", 1).statusCode(200)
                    .body("status", equalTo("SUBMITTED"))
                    .body("submittedRevision", equalTo(1))
                    .body("submittedBy", equalTo(acme.executive.toString()))
                    .extract().path("jobNumber");
            JsonNode event = probe.awaitEvent(EventType.forPayload(BriefSubmitted.class).type(),
                    e -> e.path("data").path("briefId").asText().equals(id), Duration.ofSeconds(20));
            assertEquals(jobNumber, event.path("subject").asText());
            JsonNode data = event.path("data");
            assertEquals(1, data.path("briefVersion").asInt());
            assertEquals(jobId, data.path("jobRequestId").asText());
            assertEquals(acme.clientId.toString(), data.path("clientId").asText());
            assertEquals("25000.00", data.path("budget").path("amount").asText());
            assertEquals("EUR", data.path("budget").path("currency").asText());
            assertEquals(2, data.path("includedRevisionRounds").asInt());
            assertEquals(acme.supervisor.toString(), data.path("approvedBy").asText());
            assertEquals(acme.executive.toString(), data.path("submittedBy").asText());
            JsonNode brief = data.path("brief");
            assertEquals("Spring launch", brief.path("title").asText());
            assertEquals("The shoe that makes 6 a.m. feel light.", brief.path("proposition").asText());
            assertEquals("Heavy shoes make early runs a chore.", brief.path("insight").asText());
            assertEquals(2, brief.path("reasonsToBelieve").size());
            assertEquals("Logo in the first three seconds", brief.path("mandatories").path(0).path("text").asText());
            assertEquals("1920x1080, subtitled", brief.path("deliverables").path(0).path("specs").asText());
            assertEquals(LocalDate.now().plusDays(14).toString(),
                    brief.path("milestones").path(0).path("dueOn").asText());
        }
        given().header("Authorization", acme.asExecutive()).when().get("/api/job-requests/" + jobId).then()
                .body("status", equalTo("SUBMITTED"));
        ProblemContent.assertProblem(Briefing.save(acme.asExecutive(), id, 2,
                        Briefing.completeContent().replace("Witty", "Bold")), ProblemType.CONFLICT, PATH + "/" + id)
                .body("allowedActions", equalTo(List.of("withdraw")));
        ProblemContent.assertProblem(post(acme.asExecutive(), PATH + "/" + id + "/submission", 2),
                ProblemType.CONFLICT, PATH + "/" + id + "/submission").body("errors.field", hasItem("status"));
        long jobVersion = given().header("Authorization", acme.asExecutive()).when().get("/api/job-requests/" + jobId)
                .then().extract().jsonPath().getLong("version");
        ProblemContent.assertProblem(given().header("Authorization", acme.asExecutive())
                        .header("If-Match", "\"" + jobVersion + "\"").contentType(ContentType.JSON)
                        .body("{\"status\": \"CANCELLED\"}")
                        .when().post("/api/job-requests/" + jobId + "/status").then(),
                        ProblemType.CONFLICT, "/api/job-requests/" + jobId + "/status")
                .body("detail", containsString("through its brief"))
                .body("allowedActions", equalTo(List.of("IN_PRODUCTION", "COMPLETED")));
    }

    @Test
    void refusesToSubmitABudgetStoredFinerThanItsCurrencysMinorUnits() {
        String id = completeBrief();
        post(acme.asSupervisor(), PATH + "/" + id + "/approval", 0).statusCode(200);
        // saved before budgets were held to minor units, when 1000.005 EUR was taken
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update brief set content = replace(content, '\"25000.00\"', '\"1000.005\"') where id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate());
        ProblemContent.assertProblem(post(acme.asExecutive(), PATH + "/" + id + "/submission", 1),
                        ProblemType.UNPROCESSABLE, PATH + "/" + id + "/submission")
                .body("detail", equalTo("EUR has 2 minor units; 1000.005 has more decimals"));
        given().header("Authorization", acme.asExecutive()).when().get(PATH + "/" + id).then()
                .body("status", equalTo("APPROVED")).body("content.budget.amount", equalTo("1000.005"));
        given().header("Authorization", acme.asExecutive()).when().get("/api/job-requests/" + jobId).then()
                .body("status", equalTo("BRIEFING"));
    }

    @Test
    void withdrawsASubmittedBriefAndPublishesBriefWithdrawn() {
        String id = completeBrief();
        post(acme.asSupervisor(), PATH + "/" + id + "/approval", 0).statusCode(200);
        ProblemContent.assertProblem(withdraw(acme.asExecutive(), id, 1, "Client paused the launch"),
                ProblemType.CONFLICT, PATH + "/" + id + "/withdrawal");
        post(acme.asExecutive(), PATH + "/" + id + "/submission", 1).statusCode(200);
        ProblemContent.assertProblem(withdraw(acme.asExecutive(), id, 2, " "),
                ProblemType.CONSTRAINT_VIOLATION, PATH + "/" + id + "/withdrawal");
        ProblemContent.assertProblem(withdraw(acme.asCoordinator(), id, 2, "No"),
                ProblemType.FORBIDDEN, PATH + "/" + id + "/withdrawal");
        try (TopicProbe probe = TopicProbe.watching(Topics.BRIEFS)) {
            withdraw(acme.asExecutive(), id, 2, "Client paused the launch").statusCode(200)
                    .body("status", equalTo("APPROVED"))
                    .body("submittedRevision", nullValue());
            JsonNode event = probe.awaitEvent(EventType.forPayload(BriefWithdrawn.class).type(),
                    e -> e.path("data").path("briefId").asText().equals(id), Duration.ofSeconds(20));
            assertEquals("Client paused the launch", event.path("data").path("reason").asText());
            assertEquals(acme.executive.toString(), event.path("data").path("withdrawnBy").asText());
            assertEquals(acme.clientId.toString(), event.path("data").path("clientId").asText());
        }
        given().header("Authorization", acme.asExecutive()).when().get("/api/job-requests/" + jobId).then()
                .body("status", equalTo("BRIEFING"));
    }
}
