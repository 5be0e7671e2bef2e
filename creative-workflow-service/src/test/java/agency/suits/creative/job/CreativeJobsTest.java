package agency.suits.creative.job;

import agency.suits.creative.support.Api;
import agency.suits.creative.support.Briefs;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.creative.CreativeJobOpened;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.security.Role;
import agency.suits.testing.TopicProbe;
import agency.suits.testing.events.Published;
import agency.suits.web.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static agency.suits.creative.support.Briefs.aBrief;
import static agency.suits.testing.ProblemContent.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CreativeJobsTest {

    private final Api director = Api.as(Role.CREATIVE_DIRECTOR);
    private final Api creative = Api.as(Role.CREATIVE);
    private final Api accountDirector = Api.as(Role.ACCOUNT_DIRECTOR);

    @BeforeAll
    static void problemsAreJson() {
        RestAssured.registerParser("application/problem+json", io.restassured.parsing.Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aBriefDeliveredTwiceOpensOneJobAndAnnouncesItOnce() {
        Briefs brief = aBrief().includingRounds(2);
        String opened = EventType.forPayload(CreativeJobOpened.class).type();
        try (TopicProbe creativeTopic = TopicProbe.watching(Topics.CREATIVE)) {
            BriefSubmitted submitted = brief.submitted();
            String envelope = Published.event(submitted);
            Published.again(submitted, envelope);               // the same event redelivered
            Published.event(brief.submitted());                 // and published again under a new event id
            String jobId = director.awaitJobId(brief.jobNumber);

            JsonNode event = creativeTopic.awaitEvent(opened,
                    e -> e.path("data").path("jobNumber").asText().equals(brief.jobNumber), Duration.ofSeconds(20));
            assertEquals(jobId, event.path("data").path("creativeJobId").asText());
            assertEquals(brief.clientId.toString(), event.path("data").path("clientId").asText());
            assertEquals(2, event.path("data").path("includedRevisionRounds").asInt());
            assertEquals(brief.jobNumber, event.path("subject").asText());
            List<JsonNode> all = creativeTopic.eventsAfterWaiting(opened,
                    e -> e.path("data").path("jobNumber").asText().equals(brief.jobNumber), Duration.ofSeconds(3));
            assertEquals(1, all.size());
        }
        director.request().queryParam("clientId", brief.clientId.toString()).get("/api/creative-jobs").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].jobNumber", equalTo(brief.jobNumber));
    }

    @Test
    void withNoRoundsIncludedEvenTheFirstRoundIsOutOfScopeAndSaysSo() {
        Briefs brief = aBrief().includingRounds(0);
        try (TopicProbe creativeTopic = TopicProbe.watching(Topics.CREATIVE)) {
            Published.event(brief.submitted());
            String jobId = director.awaitJobId(brief.jobNumber);

            JsonNode exceeded = creativeTopic.awaitEvent(EventType.forPayload(RevisionLimitExceeded.class).type(),
                    e -> e.path("subject").asText().equals(brief.jobNumber), Duration.ofSeconds(20)).path("data");
            assertEquals(1, exceeded.path("round").asInt());
            assertEquals(0, exceeded.path("includedRounds").asInt());
            assertEquals(jobId, exceeded.path("creativeJobId").asText());
            director.get("/api/creative-jobs/" + jobId).statusCode(200).body("rounds[0].outOfScope", equalTo(true));
        }
    }

    @Test
    void aJobShowsItsBriefCopyAndFirstRoundButNoMoneyToTheCreativeDepartment() {
        Briefs brief = aBrief().includingRounds(2);
        Published.event(brief.submitted());
        String jobId = director.awaitJobId(brief.jobNumber);

        creative.get("/api/creative-jobs/" + jobId).statusCode(200)
                .header("ETag", not(nullValue()))
                .body("$", not(hasKey("budget")))
                .body("status", equalTo("IN_WORK"))
                .body("allowedActions", contains("ASSIGN", "ADD_VERSION", "INTERNAL_REVIEW", "CANCEL"))
                .body("brief.proposition", equalTo("Ride past the queue"))
                .body("brief.mandatories[0].mandatoryId", equalTo(brief.mandatoryId.toString()))
                .body("brief.deliverables.deliverableId", contains(brief.bannerId.toString(),
                        brief.posterId.toString()))
                .body("currentRound", equalTo(1))
                .body("includedRounds", equalTo(2))
                .body("rounds[0].number", equalTo(1))
                .body("rounds[0].outOfScope", equalTo(false))
                .body("rounds[0].decisions", empty());
        accountDirector.get("/api/creative-jobs/" + jobId).statusCode(200)
                .body("budget.amount", equalTo("25000.00"))
                .body("budget.currency", equalTo("EUR"));
    }

    @Test
    void aWithdrawnBriefCancelsItsJobAndTheTrailSaysWhy() {
        Briefs brief = aBrief();
        Published.event(brief.submitted());
        String jobId = director.awaitJobId(brief.jobNumber);

        Published.event(brief.withdrawn("Client paused the launch"));
        Api.await(() -> "CANCELLED".equals(director.get("/api/creative-jobs/" + jobId).extract().path("status"))
                ? true : null, "the job to be cancelled");

        director.get("/api/creative-jobs/" + jobId).statusCode(200)
                .body("allowedActions", empty())
                .body("closedAt", not(nullValue()))
                .body("rounds[0].decisions[0].kind", equalTo("CANCELLATION"))
                .body("rounds[0].decisions[0].reason", equalTo("Client paused the launch"));
        assertProblem(director.change("/api/creative-jobs/" + jobId + "/assignments",
                        Map.of("staffId", UUID.randomUUID().toString())),
                ProblemType.CONFLICT, "/api/creative-jobs/" + jobId + "/assignments")
                .body("detail", equalTo("A creative job that is CANCELLED does not allow ASSIGN"))
                .body("$", not(hasKey("allowedActions")));
    }

    @Test
    void aBriefSubmittedAgainAfterItsWithdrawalReopensTheCancelledJob() {
        Briefs brief = aBrief().includingRounds(2);
        Published.event(brief.submitted());
        String jobId = director.awaitJobId(brief.jobNumber);
        Published.event(brief.withdrawn("The client moved the launch"));
        Api.await(() -> "CANCELLED".equals(director.get("/api/creative-jobs/" + jobId).extract().path("status"))
                ? true : null, "the job to be cancelled");

        Published.event(brief.includingRounds(3).submitted());

        Api.await(() -> "IN_WORK".equals(director.get("/api/creative-jobs/" + jobId).extract().path("status"))
                ? true : null, "the job to be open again");
        director.get("/api/creative-jobs/" + jobId).statusCode(200)
                .body("includedRounds", equalTo(3))
                .body("closedAt", nullValue())
                .body("rounds[0].decisions.kind", contains("CANCELLATION", "REOPENING"));
        director.get("/api/creative-jobs?jobNumber=" + brief.jobNumber).statusCode(200)
                .body("totalItems", equalTo(1));
        director.change("/api/creative-jobs/" + jobId + "/assignments", Map.of("staffId", UUID.randomUUID().toString()))
                .statusCode(200);
    }

    @Test
    void listsFilterByClientStatusAssigneeAndOverdueAndPage() {
        Briefs late = aBrief().dueOn(LocalDate.now().minusDays(1));
        Briefs onTime = aBrief();
        Published.event(late.submitted());
        Published.event(onTime.submitted());
        String lateId = director.awaitJobId(late.jobNumber);
        String onTimeId = director.awaitJobId(onTime.jobNumber);
        UUID someone = UUID.randomUUID();
        director.change("/api/creative-jobs/" + onTimeId + "/assignments", Map.of("staffId", someone.toString()))
                .statusCode(200).body("assignees", contains(someone.toString()));

        director.request().queryParam("clientId", late.clientId.toString()).queryParam("overdue", "true")
                .get("/api/creative-jobs").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(lateId))
                .body("items[0].overdue", equalTo(true));
        director.request().queryParam("clientId", onTime.clientId.toString()).queryParam("overdue", "true")
                .get("/api/creative-jobs").then().statusCode(200).body("totalItems", equalTo(0));
        director.request().queryParam("assignee", someone.toString()).get("/api/creative-jobs").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(onTimeId));
        director.request().queryParam("clientId", onTime.clientId.toString()).queryParam("status", "in_work")
                .get("/api/creative-jobs").then().statusCode(200).body("totalItems", equalTo(1));
        director.request().queryParam("clientId", onTime.clientId.toString()).queryParam("status", "APPROVED")
                .get("/api/creative-jobs").then().statusCode(200).body("totalItems", equalTo(0));
        director.request().queryParam("size", "1").queryParam("sort", "jobNumber,asc")
                .get("/api/creative-jobs").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("size", equalTo(1));
    }

    @Test
    void badFiltersAndPagingAreProblemsNamingTheParameter() {
        for (String[] bad : List.of(new String[]{"clientId", "nope"}, new String[]{"assignee", "12"},
                new String[]{"status", "DONE"}, new String[]{"overdue", "maybe"}, new String[]{"size", "0"},
                new String[]{"page", "x"}, new String[]{"sort", "budget,asc"},
                new String[]{"jobNumber", "J".repeat(101)})) {
            assertProblem(director.request().queryParam(bad[0], bad[1]).get("/api/creative-jobs").then(),
                    ProblemType.INVALID_PARAMETER, "/api/creative-jobs")
                    .body("errors.field", hasItem(bad[0]));
        }
        assertProblem(director.get("/api/creative-jobs/not-a-uuid"), ProblemType.INVALID_PARAMETER,
                "/api/creative-jobs/not-a-uuid");
        UUID unknown = UUID.randomUUID();
        assertProblem(director.get("/api/creative-jobs/" + unknown), ProblemType.NOT_FOUND,
                "/api/creative-jobs/" + unknown);
    }

    @Test
    void onlyTheCreativeDirectorAssignsAndTheBodyIsChecked() {
        Briefs brief = aBrief();
        Published.event(brief.submitted());
        String jobId = director.awaitJobId(brief.jobNumber);
        String path = "/api/creative-jobs/" + jobId + "/assignments";

        assertProblem(creative.change(path, Map.of("staffId", creative.staffId.toString())), ProblemType.FORBIDDEN,
                path)
                .body("detail", equalTo("Only CREATIVE_DIRECTOR may assign creatives to a job"));
        assertProblem(director.post(path, Map.of()), ProblemType.CONSTRAINT_VIOLATION, path)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("staffId")));
        assertProblem(director.post(path, Map.of("staffId", "x")), ProblemType.INVALID_BODY, path);
        assertProblem(director.post(path, Map.of("staffId", UUID.randomUUID().toString(), "extra", 1)),
                ProblemType.INVALID_BODY, path);
        assertProblem(director.request().body("{").post(path).then(), ProblemType.MALFORMED_JSON, path);

        director.change(path, Map.of("staffId", creative.staffId.toString())).statusCode(200)
                .body("rounds[0].decisions[0].kind", equalTo("ASSIGNMENT"))
                .body("rounds[0].decisions[0].decidedBy", equalTo(director.staffId.toString()));
    }

    @Test
    void accountStaffOffTheClientsTeamDoNotSeeItsJobs() {
        Briefs brief = aBrief();
        Published.event(brief.submitted());
        String jobId = director.awaitJobId(brief.jobNumber);
        Api executive = Api.as(Role.ACCOUNT_EXECUTIVE);

        assertProblem(executive.get("/api/creative-jobs/" + jobId), ProblemType.NOT_FOUND,
                "/api/creative-jobs/" + jobId);
        executive.request().queryParam("clientId", brief.clientId.toString()).get("/api/creative-jobs").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }
}
