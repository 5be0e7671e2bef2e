package agency.suits.creative.round;

import agency.suits.creative.support.Api;
import agency.suits.creative.support.Briefs;
import agency.suits.creative.support.ReviewTeam;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.creative.CreativeApproved;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.events.creative.WorkPresented;
import agency.suits.testing.TopicProbe;
import agency.suits.testing.events.Published;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.parsing.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static agency.suits.creative.support.Briefs.aBrief;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The acceptance test: three rounds with two included, read back from the real suits.creative topic. */
@QuarkusTest
class ReviewLoopTest {

    private final ReviewTeam team = new ReviewTeam();
    private final Api director = team.director;
    private final Api executive = team.executive;

    @BeforeAll
    static void problemsAreJson() {
        RestAssured.registerParser("application/problem+json", Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void threeRoundsWithTwoIncludedReturnFeedbackEachRoundExceedTheLimitOnceAndEndApproved() {
        Briefs brief = aBrief().includingRounds(2);
        String job = team.open(brief);

        Predicate<JsonNode> thisJob = e -> e.path("subject").asText().equals(brief.jobNumber);
        try (TopicProbe topic = TopicProbe.watching(Topics.CREATIVE)) {
            String round1 = team.round(job, brief, "CHANGES_REQUESTED");
            director.get(job).body("currentRound", equalTo(2)).body("rounds[1].outOfScope", equalTo(false));
            team.round(job, brief, "REJECTED");
            director.get(job).body("currentRound", equalTo(3))
                    .body("rounds[2].outOfScope", equalTo(true))
                    .body("rounds[1].clientDecision", equalTo("REJECTED"));
            String round3 = team.round(job, brief, "APPROVED");

            List<JsonNode> feedback = topic.awaitEvents(type(FeedbackReturned.class), thisJob, 3,
                    Duration.ofSeconds(30));
            assertEquals(List.of(1, 2, 3), feedback.stream().map(e -> e.path("data").path("round").asInt()).toList());
            assertEquals(List.of("CHANGES_REQUESTED", "REJECTED", "APPROVED"),
                    feedback.stream().map(e -> e.path("data").path("decision").asText()).toList());
            JsonNode first = feedback.get(0).path("data");
            assertEquals(2, first.path("comments").path("total").asInt());
            assertEquals(1, first.path("comments").path("onMandatories").asInt());
            assertEquals(1, first.path("comments").path("onProposition").asInt());
            assertEquals(1, first.path("comments").path("onWork").asInt());
            assertTrue(first.path("timeToFeedback").asText().startsWith("PT"));
            assertEquals(job.substring(job.lastIndexOf('/') + 1), first.path("creativeJobId").asText());
            assertEquals(brief.clientId.toString(), first.path("clientId").asText());
            assertTrue(first.path("supersedesFeedbackId").isNull());
            assertEquals(executive.staffId.toString(), first.path("recordedBy").asText());

            List<JsonNode> exceeded = topic.eventsAfterWaiting(type(RevisionLimitExceeded.class), thisJob,
                    Duration.ofSeconds(2));
            assertEquals(1, exceeded.size());
            assertEquals(3, exceeded.get(0).path("data").path("round").asInt());
            assertEquals(2, exceeded.get(0).path("data").path("includedRounds").asInt());

            JsonNode approved = topic.awaitEvent(type(CreativeApproved.class), thisJob, Duration.ofSeconds(20))
                    .path("data");
            assertEquals(3, approved.path("round").asInt());
            assertEquals(2, approved.path("includedRounds").asInt());
            assertEquals(feedback.get(2).path("data").path("feedbackId").asText(),
                    approved.path("feedbackId").asText());
            assertEquals(round3, approved.path("approvedWork").get(0).path("workVersionId").asText());
            assertEquals(3, approved.path("approvedWork").get(0).path("versionNumber").asInt());

            List<JsonNode> presented = topic.awaitEvents(type(WorkPresented.class), thisJob, 3,
                    Duration.ofSeconds(20));
            assertEquals(round1, presented.get(0).path("data").path("work").get(0).path("workVersionId").asText());
            assertEquals(executive.staffId.toString(), presented.get(0).path("data").path("presentedBy").asText());
        }
        director.get(job).body("status", equalTo("APPROVED")).body("closedAt", not(nullValue()))
                .body("rounds.clientDecision", contains("CHANGES_REQUESTED", "REJECTED", "APPROVED"))
                .body("rounds.outOfScope", contains(false, false, true));
        executive.get(job + "/turnaround").statusCode(200)
                .body("roundsUsed", equalTo(3)).body("includedRounds", equalTo(2))
                .body("roundsOutOfScope", equalTo(1))
                .body("presentationToFeedback.round", contains(1, 2, 3))
                .body("timeInStages.IN_WORK", org.hamcrest.Matchers.startsWith("PT"))
                .body("timeInStages.WITH_CLIENT", org.hamcrest.Matchers.startsWith("PT"))
                .body("presentationToFeedback[2].timeToFeedback", org.hamcrest.Matchers.startsWith("PT"))
                .body("elapsed", org.hamcrest.Matchers.startsWith("PT"));

        // a brief withdrawn after the client approved the work leaves the job approved
        Published.event(brief.withdrawn("Too late"));
        pause(Duration.ofSeconds(3));   // the consumer applies a withdrawal well within this (see CreativeJobsTest)
        director.get(job).body("status", equalTo("APPROVED"));
        director.get(job + "/history").body("items.kind", not(hasItem("CANCELLATION")));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String type(Class<? extends agency.suits.events.EventPayload> payload) {
        return EventType.forPayload(payload).type();
    }
}
