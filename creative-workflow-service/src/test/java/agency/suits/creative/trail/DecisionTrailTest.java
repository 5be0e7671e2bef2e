package agency.suits.creative.trail;

import agency.suits.creative.support.Api;
import agency.suits.creative.support.Briefs;
import agency.suits.creative.support.Teams;
import agency.suits.creative.support.Work;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.security.Role;
import agency.suits.testing.TopicProbe;
import agency.suits.testing.events.Published;
import agency.suits.web.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.parsing.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static agency.suits.creative.support.Briefs.aBrief;
import static agency.suits.testing.ProblemContent.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DecisionTrailTest {

    private final Api director = Api.as(Role.CREATIVE_DIRECTOR);
    private final Api creative = Api.as(Role.CREATIVE);
    private final Api executive = Api.as(Role.ACCOUNT_EXECUTIVE);
    private final Api planner = Api.as(Role.ACCOUNT_PLANNER);
    private Briefs brief;
    private String job;
    private String version;

    @BeforeAll
    static void problemsAreJson() {
        RestAssured.registerParser("application/problem+json", Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void aJobWithTheClientsFeedbackOnRoundOne() {
        brief = aBrief();
        Teams.put(brief.clientId, executive.staffId, planner.staffId);
        Published.event(brief.submitted());
        job = "/api/creative-jobs/" + director.awaitJobId(brief.jobNumber);
        Api.await(() -> executive.request().get(job).statusCode() == 200 ? true : null, "the team copy");
        director.change(job + "/assignments", Map.of("staffId", creative.staffId.toString())).statusCode(200);
        version = creative.post(job + "/versions", Work.version(brief.bannerId, "Banner")).statusCode(201)
                .extract().path("id");
        director.change(job + "/internal-review", Map.of("outcome", "APPROVED")).statusCode(200);
        planner.change(job + "/strategy-check", Map.of("onStrategy", true)).statusCode(200);
        executive.change(job + "/presentation", Map.of("workVersionIds", List.of(version))).statusCode(200);
        executive.change(job + "/feedback", Map.of("decision", "CHANGES_REQUESTED", "comments",
                List.of(Work.comment("Bigger logo", null, null, null)))).statusCode(200);
    }

    @Test
    void theHistoryListsEveryStepInOrderWithWhoAndWhen() {
        executive.get(job + "/history").statusCode(200)
                .body("items.kind", contains("ASSIGNMENT", "INTERNAL_REVIEW", "STRATEGY_CHECK", "PRESENTATION",
                        "CLIENT_FEEDBACK"))
                .body("items.outcome", contains("ASSIGNED", "APPROVED", "ON_STRATEGY", "PRESENTED",
                        "CHANGES_REQUESTED"))
                .body("items.decidedBy", contains(director.staffId.toString(), director.staffId.toString(),
                        planner.staffId.toString(), executive.staffId.toString(), executive.staffId.toString()))
                .body("items[4].statusBefore", equalTo("WITH_CLIENT"))
                .body("items[4].statusAfter", equalTo("IN_WORK"))
                .body("items[4].workVersionIds", contains(version));
    }

    @Test
    void aCorrectedFeedbackIsANewEntryAnnouncedAsSupersedingTheOld() {
        String original = executive.get(job + "/history").extract().path("items[4].id");
        String corrections = job + "/history/" + original + "/corrections";
        String feedbackType = EventType.forPayload(FeedbackReturned.class).type();
        try (TopicProbe topic = TopicProbe.watching(Topics.CREATIVE)) {
            String correction = executive.post(corrections, Map.of("reason", "Client meant the mandatory logo rule",
                            "comments", List.of(Work.comment("Logo top right", "MANDATORY", brief.mandatoryId,
                                    version)))).statusCode(201)
                    .body("supersedes", equalTo(original))
                    .body("outcome", equalTo("CHANGES_REQUESTED"))
                    .body("reason", equalTo("Client meant the mandatory logo rule"))
                    .extract().path("id");

            JsonNode event = topic.awaitEvent(feedbackType,
                    e -> e.path("data").path("supersedesFeedbackId").asText().equals(original),
                    Duration.ofSeconds(20)).path("data");
            assertEquals(correction, event.path("feedbackId").asText());
            assertEquals(1, event.path("round").asInt());
            assertEquals(1, event.path("comments").path("onMandatories").asInt());
            assertEquals(1, event.path("comments").path("onWork").asInt());
        }
        executive.get(job + "/history").statusCode(200)
                .body("items.size()", equalTo(6))
                .body("items[4].superseded", equalTo(true))
                .body("items[4].comments[0].text", equalTo("Bigger logo"))
                .body("items[5].supersedes", equalTo(original))
                .body("items[5].superseded", equalTo(false));
        assertProblem(executive.post(corrections, Map.of("reason", "again", "comments", List.of())),
                ProblemType.CONFLICT, corrections);
    }

    @Test
    void onlyTheStepsOwnerCorrectsItAndOnlyWithAReason() {
        List<String> ids = executive.get(job + "/history").extract().path("items.id");
        String review = job + "/history/" + ids.get(1) + "/corrections";
        assertProblem(planner.post(review, Map.of("reason", "typo", "comments", List.of())), ProblemType.FORBIDDEN,
                review).body("detail", equalTo("Only CREATIVE_DIRECTOR may correct a INTERNAL_REVIEW decision"));
        assertProblem(director.post(review, Map.of("comments", List.of())), ProblemType.CONSTRAINT_VIOLATION, review)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("reason")));
        assertProblem(director.request().body("{").post(review).then(), ProblemType.MALFORMED_JSON, review);
        director.post(review, Map.of("reason", "forgot the note", "comments",
                List.of(Work.comment("Approved with a tighter crop", null, null, version)))).statusCode(201)
                .body("kind", equalTo("INTERNAL_REVIEW"));
        String presentation = job + "/history/" + ids.get(3) + "/corrections";
        assertProblem(executive.post(presentation, Map.of("reason", "x", "comments", List.of())),
                ProblemType.UNPROCESSABLE, presentation);
        UUID unknown = UUID.randomUUID();
        String missing = job + "/history/" + unknown + "/corrections";
        assertProblem(executive.post(missing, Map.of("reason", "x", "comments", List.of())), ProblemType.NOT_FOUND,
                missing);
    }

    @Test
    void turnaroundCountsRoundsAndTimeFromPresentationToFeedback() {
        executive.get(job + "/turnaround").statusCode(200)
                .body("roundsUsed", equalTo(2))
                .body("includedRounds", equalTo(2))
                .body("roundsOutOfScope", equalTo(0))
                .body("presentationToFeedback[0].round", equalTo(1))
                .body("presentationToFeedback[0].timeToFeedback", org.hamcrest.Matchers.startsWith("PT"))
                .body("timeInStages.STRATEGY_CHECK", org.hamcrest.Matchers.startsWith("PT"))
                .body("timeInStages.APPROVED", nullValue());
        assertProblem(Api.as(Role.ACCOUNT_SUPERVISOR).get(job + "/turnaround"), ProblemType.NOT_FOUND,
                job + "/turnaround");
        assertProblem(Api.as(Role.ACCOUNT_SUPERVISOR).get(job + "/history"), ProblemType.NOT_FOUND,
                job + "/history");
    }
}
