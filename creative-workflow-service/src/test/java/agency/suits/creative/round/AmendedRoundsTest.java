package agency.suits.creative.round;

import agency.suits.creative.support.Api;
import agency.suits.creative.support.Briefs;
import agency.suits.creative.support.ReviewTeam;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.clients.ContractSigned;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.testing.TopicProbe;
import agency.suits.testing.events.AccountEvents;
import agency.suits.testing.events.Published;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.parsing.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static agency.suits.creative.support.Briefs.aBrief;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A contract amendment of the included rounds, as clients-service publishes it on the real suits.clients topic,
 * reaches the client's open creative jobs: rounds not yet started follow it, a round already started keeps its ruling.
 */
@QuarkusTest
class AmendedRoundsTest {

    private final ReviewTeam team = new ReviewTeam();
    private final Api director = team.director;

    @BeforeAll
    static void problemsAreJson() {
        RestAssured.registerParser("application/problem+json", Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void moreIncludedRoundsApplyToTheRoundsNotYetStartedAndNotToTheOneOutOfScopeAlready() {
        Briefs brief = aBrief().includingRounds(1);
        ContractSigned contract = AccountEvents.projectContract(brief.clientId, 1);
        Published.event(contract);
        String job = team.open(brief);
        Predicate<JsonNode> thisJob = e -> e.path("subject").asText().equals(brief.jobNumber);
        try (TopicProbe topic = TopicProbe.watching(Topics.CREATIVE)) {
            team.round(job, brief, "CHANGES_REQUESTED");
            director.get(job).body("currentRound", equalTo(2)).body("rounds.outOfScope", contains(false, true));

            Published.event(AccountEvents.roundsAmended(contract, 3, LocalDate.now()));
            Api.await(() -> director.request().get(job).path("includedRounds").equals(3) ? true : null,
                    "the amendment to reach the job");
            director.get(job).body("rounds.outOfScope", contains(false, true));
            director.get(job + "/history").body("items.find { it.kind == 'CONTRACT_AMENDMENT' }.reason",
                    containsString("includes 3 rounds"));

            team.round(job, brief, "CHANGES_REQUESTED");
            team.round(job, brief, "CHANGES_REQUESTED");
            director.get(job).body("currentRound", equalTo(4))
                    .body("rounds.outOfScope", contains(false, true, false, true));
            director.get(job + "/turnaround").body("includedRounds", equalTo(3)).body("roundsOutOfScope", equalTo(2));

            List<JsonNode> exceeded = topic.eventsAfterWaiting(EventType.forPayload(RevisionLimitExceeded.class)
                    .type(), thisJob, Duration.ofSeconds(2));
            assertEquals(List.of(2, 4), exceeded.stream().map(e -> e.path("data").path("round").asInt()).toList());
            assertEquals(List.of(1, 3), exceeded.stream()
                    .map(e -> e.path("data").path("includedRounds").asInt()).toList());
        }
    }

    @Test
    void anAmendmentFromALaterDayLeavesTheRoundsStartedBeforeThatDayAlone() {
        Briefs brief = aBrief().includingRounds(1);
        ContractSigned contract = AccountEvents.projectContract(brief.clientId, 1);
        Published.event(contract);
        String job = team.open(brief);
        LocalDate nextWeek = LocalDate.now().plusDays(7);
        Published.event(AccountEvents.roundsAmended(contract, 4, nextWeek));
        Api.await(() -> director.request().get(job + "/history").jsonPath().getList("items.kind")
                .contains("CONTRACT_AMENDMENT") ? true : null, "the amendment to reach the job");
        director.get(job + "/history").body("items.find { it.kind == 'CONTRACT_AMENDMENT' }.reason",
                containsString("from " + nextWeek));

        team.round(job, brief, "CHANGES_REQUESTED");
        director.get(job).body("includedRounds", equalTo(1)).body("rounds.outOfScope", contains(false, true));
    }

    @Test
    void anotherClientsAmendmentLeavesTheJobAlone() {
        Briefs brief = aBrief().includingRounds(2);
        Published.event(AccountEvents.projectContract(brief.clientId, 2));
        String job = team.open(brief);
        Briefs other = aBrief().includingRounds(2);
        ContractSigned othersContract = AccountEvents.projectContract(other.clientId, 2);
        Published.event(othersContract);
        String othersJob = team.open(other);
        Published.event(AccountEvents.roundsAmended(othersContract, 5, LocalDate.now()));
        Api.await(() -> director.request().get(othersJob).path("includedRounds").equals(5) ? true : null,
                "the amendment to reach the other client's job");
        director.get(job).body("includedRounds", equalTo(2));
    }
}
