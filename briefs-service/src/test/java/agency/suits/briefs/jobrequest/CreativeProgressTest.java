package agency.suits.briefs.jobrequest;

import agency.suits.accounts.Accounts;
import agency.suits.briefs.ConsumedUpTo;
import agency.suits.briefs.TestAccount;
import agency.suits.briefs.brief.Briefing;
import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;
import agency.suits.events.Topics;
import agency.suits.events.creative.ClientDecision;
import agency.suits.events.creative.CommentCounts;
import agency.suits.events.creative.CreativeApproved;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.events.creative.WorkVersionRef;
import agency.suits.testing.ProblemContent;
import agency.suits.testing.TopicProducer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.parsing.Parser;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CreativeProgressTest {

    @Inject
    Accounts accounts;

    TestAccount acme;
    String jobId;
    String jobNumber;
    final UUID creativeJobId = UUID.randomUUID();

    @BeforeAll
    static void describeFailures() {
        RestAssured.registerParser(ProblemContent.MEDIA_TYPE, Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void submitBrief() {
        acme = TestAccount.active(accounts);
        jobId = Briefing.submittedJob(acme);
        jobNumber = job().getString("jobNumber");
    }

    JsonPath job() {
        return given().header("Authorization", acme.asExecutive()).when().get("/api/job-requests/" + jobId)
                .then().statusCode(200).extract().jsonPath();
    }

    JsonPath awaitJob(Predicate<JsonPath> condition) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            JsonPath job = job();
            if (condition.test(job)) {
                return job;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Job never matched; last seen " + job.prettify());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    FeedbackReturned feedback(int round, ClientDecision decision, UUID supersedes) {
        Instant returned = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return FeedbackReturned.of(UUID.randomUUID(), creativeJobId, jobNumber, acme.clientId, round, decision,
                new CommentCounts(3, 1, 1, 1), returned.minusSeconds(3600), returned, supersedes, acme.executive);
    }

    static RecordMetadata send(String envelope, String key) {
        return TopicProducer.send(Topics.CREATIVE, key, envelope);
    }

    @Test
    void showsTheCurrentRoundAndLastDecisionAndAppliesARedeliveredFeedbackOnce() {
        FeedbackReturned first = feedback(1, ClientDecision.CHANGES_REQUESTED, null);
        String firstEnvelope = EventJson.write(CloudEvent.of("/suits/creative-workflow-service", first));
        send(firstEnvelope, jobNumber);
        JsonPath afterFirst = awaitJob(job -> "CHANGES_REQUESTED".equals(job.getString("lastDecision")));
        assertEquals(1, afterFirst.getInt("currentRound"));
        assertEquals("IN_PRODUCTION", afterFirst.getString("status"));

        // the client corrects its round-1 decision; the correction names the decision it replaces
        FeedbackReturned correction = feedback(1, ClientDecision.REJECTED, first.feedbackId());
        send(EventJson.write(CloudEvent.of("/suits/creative-workflow-service", correction)), jobNumber);
        JsonPath corrected = awaitJob(job -> "REJECTED".equals(job.getString("lastDecision")));

        // the first decision arrives again (same event id): applying it again would undo the correction
        ConsumedUpTo.await("briefs-service", send(firstEnvelope, jobNumber));
        JsonPath afterRedelivery = job();
        assertEquals("REJECTED", afterRedelivery.getString("lastDecision"));
        assertEquals(corrected.getLong("version"), afterRedelivery.getLong("version"));
    }

    @Test
    void completesTheJobWhenTheClientApprovesTheWorkOnce() {
        CreativeApproved approval = new CreativeApproved(creativeJobId, jobNumber, acme.clientId, UUID.randomUUID(),
                2, 2, List.of(new WorkVersionRef(UUID.randomUUID(), UUID.randomUUID(), 2, "Launch film v2")),
                acme.executive, Instant.now().truncatedTo(ChronoUnit.MICROS));
        String envelope = EventJson.write(CloudEvent.of("/suits/creative-workflow-service", approval));
        send(envelope, jobNumber);
        JsonPath completed = awaitJob(job -> "COMPLETED".equals(job.getString("status")));
        assertEquals(2, completed.getInt("currentRound"));
        assertEquals("APPROVED", completed.getString("lastDecision"));
        assertEquals(List.of(), completed.getList("nextStatuses"));

        ConsumedUpTo.await("briefs-service", send(envelope, jobNumber));
        assertEquals(completed.getLong("version"), job().getLong("version"));
    }

    @Test
    void skipsEventsAboutJobsItDoesNotKnow() {
        FeedbackReturned stranger = FeedbackReturned.of(UUID.randomUUID(), UUID.randomUUID(), "ZZZ-2026-9999",
                acme.clientId, 1, ClientDecision.APPROVED, new CommentCounts(0, 0, 0, 0), Instant.now().minusSeconds(5),
                Instant.now(), null, acme.executive);
        ConsumedUpTo.await("briefs-service",
                send(EventJson.write(CloudEvent.of("/suits/creative-workflow-service", stranger)), "ZZZ-2026-9999"));
        assertEquals("SUBMITTED", job().getString("status"));
    }
}
