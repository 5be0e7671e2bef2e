package agency.suits.clients.contract;

import agency.suits.clients.ClientsApi;
import agency.suits.clients.ClientsApi.Staff;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.clients.ContractAmended;
import agency.suits.events.clients.ContractRenewalDue;
import agency.suits.events.clients.ContractTerminated;
import agency.suits.security.Role;
import agency.suits.testing.TopicProbe;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static agency.suits.clients.ClientsApi.assign;
import static agency.suits.testing.ProblemContent.assertProblem;
import static agency.suits.web.problem.ProblemType.CONFLICT;
import static agency.suits.web.problem.ProblemType.FORBIDDEN;
import static agency.suits.web.problem.ProblemType.PRECONDITION_FAILED;
import static agency.suits.web.problem.ProblemType.PRECONDITION_REQUIRED;
import static agency.suits.web.problem.ProblemType.UNPROCESSABLE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Amendments and early termination (issue 14), through the HTTP API and on the real broker. */
@QuarkusTest
class ContractLifeTest {

    private static final String AMENDED = EventType.forPayload(ContractAmended.class).type();
    private static final String TERMINATED = EventType.forPayload(ContractTerminated.class).type();
    private static final String RENEWAL_DUE = EventType.forPayload(ContractRenewalDue.class).type();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private final Staff sam = Staff.with(Role.ACCOUNT_SUPERVISOR);
    private UUID client;
    private String contracts;

    @BeforeEach
    void aClient() {
        client = ClientsApi.register(sam, "Contract life client");
        contracts = "/api/clients/" + client + "/contracts";
    }

    /** A retainer running from a month ago to {@code endsOn}: 3 included rounds, 30 days' notice. */
    private String sign(LocalDate endsOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "RETAINER");
        body.put("startsOn", TODAY.minusMonths(1).toString());
        body.put("endsOn", endsOn.toString());
        body.put("value", Map.of("amount", "120000.00", "currency", "EUR"));
        body.put("retainer", Map.of("feePerPeriod", Map.of("amount", "10000.00", "currency", "EUR"),
                "period", "MONTHLY"));
        body.put("includedRevisionRounds", 3);
        body.put("noticePeriodDays", 30);
        return sam.request().body(body).post(contracts).then().statusCode(201).extract().path("id");
    }

    private static boolean about(JsonNode event, String contract) {
        return event.path("data").path("contractId").asText().equals(contract);
    }

    @Test
    void amendsIncludedRoundsAndEndKeepingTheHistoryAndPublishesContractAmended() {
        String id = sign(TODAY.plusDays(200));
        String path = contracts + "/" + id + "/amendments";
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            sam.request().header("If-Match", "\"0\"").body(Map.of("effectiveOn", TODAY.toString(),
                            "includedRevisionRounds", 1, "endsOn", TODAY.plusDays(250).toString(),
                            "reason", "Fewer rounds, longer run"))
                    .post(path).then().statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("includedRevisionRounds", equalTo(1))
                    .body("endsOn", equalTo(TODAY.plusDays(250).toString()))
                    .body("value.amount", equalTo("120000.00"));

            JsonNode data = probe.awaitEvent(AMENDED, e -> about(e, id), WAIT).path("data");
            assertEquals(1, data.path("includedRevisionRounds").asInt());
            assertEquals(TODAY.plusDays(250).toString(), data.path("endsOn").asText());
            assertEquals(TODAY.toString(), data.path("effectiveOn").asText());
            assertEquals("[\"ENDS_ON\",\"INCLUDED_REVISION_ROUNDS\"]", data.path("changed").toString());
            assertEquals(sam.id().toString(), data.path("amendedBy").asText());
        }
        sam.request().get(path).then().statusCode(200)
                .body("items.reason", contains("Fewer rounds, longer run"))
                .body("items[0].amendedBy", equalTo(sam.id().toString()))
                .body("items[0].includedRevisionRoundsBefore", equalTo(3))
                .body("items[0].includedRevisionRoundsAfter", equalTo(1))
                .body("items[0].endsOnBefore", equalTo(TODAY.plusDays(200).toString()))
                .body("items[0].endsOnAfter", equalTo(TODAY.plusDays(250).toString()));
    }

    @Test
    void anAmendedEndMayNotOverlapTheNextContract() {
        String id = sign(TODAY.plusDays(200));
        String next = sam.request().body(Map.of("endsOn", TODAY.plusDays(600).toString(),
                        "value", Map.of("amount", "1000.00", "currency", "EUR"),
                        "retainer", Map.of("feePerPeriod", Map.of("amount", "100.00", "currency", "EUR"),
                                "period", "MONTHLY"), "includedRevisionRounds", 2, "noticePeriodDays", 30))
                .post(contracts + "/" + id + "/renewal").then().statusCode(201).extract().path("id");
        String path = contracts + "/" + id + "/amendments";
        assertProblem(sam.request().header("If-Match", "\"0\"").body(Map.of("effectiveOn", TODAY.toString(),
                        "endsOn", TODAY.plusDays(230).toString(), "reason", "Run on")).post(path).then(),
                CONFLICT, path)
                .body("detail", containsString("overlaps contract " + next));
        // shortening leaves a gap, which is no clash
        sam.request().header("If-Match", "\"0\"").body(Map.of("effectiveOn", TODAY.toString(),
                "endsOn", TODAY.plusDays(150).toString(), "reason", "Run shorter")).post(path).then()
                .statusCode(200);
    }

    @Test
    void refusesAmendmentsBreakingTheRulesOrFromTheWrongPerson() {
        String id = sign(TODAY.plusDays(200));
        String path = contracts + "/" + id + "/amendments";
        Map<String, Object> good = Map.of("effectiveOn", TODAY.toString(), "noticePeriodDays", 45, "reason", "x");
        assertProblem(sam.request().body(good).post(path).then(), PRECONDITION_REQUIRED, path);
        assertProblem(sam.request().header("If-Match", "\"7\"").body(good).post(path).then(), PRECONDITION_FAILED,
                path);
        assertProblem(sam.request().header("If-Match", "\"0\"").body(Map.of("effectiveOn",
                        TODAY.minusMonths(2).toString(), "noticePeriodDays", 45, "reason", "x")).post(path).then(),
                UNPROCESSABLE, path).body("errors.field", hasItem("effectiveOn"));
        assertProblem(sam.request().header("If-Match", "\"0\"").body(Map.of("effectiveOn", TODAY.toString(),
                        "noticePeriodDays", 30, "reason", "x")).post(path).then(), UNPROCESSABLE, path)
                .body("detail", containsString("changes nothing"));
        assertProblem(sam.request().header("If-Match", "\"0\"").body(Map.of("effectiveOn", TODAY.toString(),
                        "value", Map.of("amount", "5000.00", "currency", "EUR"), "reason", "x")).post(path).then(),
                UNPROCESSABLE, path).body("errors.field", hasItem("retainer.feePerPeriod"));

        Staff other = Staff.with(Role.ACCOUNT_SUPERVISOR);
        assign(sam, client, other.id(), "ACCOUNT_SUPERVISOR", false).statusCode(200);
        assertProblem(other.request().header("If-Match", "\"0\"").body(good).post(path).then(), FORBIDDEN, path)
                .body("detail", containsString("primary supervisor"));
        ClientsApi.director().request().header("If-Match", "\"0\"").body(good).post(path).then().statusCode(200)
                .body("noticePeriodDays", equalTo(45));
    }

    @Test
    void terminatesEarlyOnceAndPublishesContractTerminated() {
        String id = sign(TODAY.plusDays(200));
        String path = contracts + "/" + id + "/termination";
        assertProblem(sam.request().header("If-Match", "\"0\"").body(Map.of("endsOn",
                TODAY.minusDays(1).toString(), "reason", "Too late")).post(path).then(), UNPROCESSABLE, path)
                .body("errors.field", hasItem("endsOn"));
        assertProblem(sam.request().header("If-Match", "\"0\"").body(Map.of("endsOn",
                TODAY.plusDays(201).toString(), "reason", "Too long")).post(path).then(), UNPROCESSABLE, path);
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            sam.request().header("If-Match", "\"0\"").body(Map.of("endsOn", TODAY.plusDays(10).toString(),
                            "reason", "The client moves in-house"))
                    .post(path).then().statusCode(200)
                    .body("endsOn", equalTo(TODAY.plusDays(10).toString()))
                    .body("terminatedOn", equalTo(TODAY.plusDays(10).toString()))
                    .body("terminationReason", equalTo("The client moves in-house"));
            JsonNode data = probe.awaitEvent(TERMINATED, e -> about(e, id), WAIT).path("data");
            assertEquals(TODAY.plusDays(10).toString(), data.path("endsOn").asText());
            assertEquals(TODAY.plusDays(200).toString(), data.path("previouslyEndsOn").asText());
            assertEquals("The client moves in-house", data.path("reason").asText());

            // its notice window (30 days before the new end) is open, but a terminated contract is not renewed
            assertEquals(0, probe.eventsAfterWaiting(RENEWAL_DUE, e -> about(e, id), Duration.ofSeconds(4)).size());
        }
        assertProblem(sam.request().header("If-Match", "\"1\"").body(Map.of("endsOn", TODAY.plusDays(5).toString(),
                "reason", "Again")).post(path).then(), CONFLICT, path).body("detail", containsString("terminated"));
        assertProblem(sam.request().header("If-Match", "\"1\"").body(Map.of("effectiveOn", TODAY.toString(),
                        "includedRevisionRounds", 1, "reason", "x")).post(contracts + "/" + id + "/amendments")
                .then(), CONFLICT, contracts + "/" + id + "/amendments");
    }

    @Test
    void theRenewalReminderFollowsAnAmendedEnd() {
        String id = sign(TODAY.plusDays(200));
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            sam.request().header("If-Match", "\"0\"").body(Map.of("effectiveOn", TODAY.toString(),
                            "endsOn", TODAY.plusDays(20).toString(), "reason", "Ends with the campaign"))
                    .post(contracts + "/" + id + "/amendments").then().statusCode(200);
            // the renewal job runs every second in tests
            JsonNode data = probe.awaitEvent(RENEWAL_DUE, e -> about(e, id), WAIT).path("data");
            assertEquals(TODAY.plusDays(20).toString(), data.path("endsOn").asText());
            assertEquals(TODAY.minusDays(10).toString(), data.path("noticeWindowOpensOn").asText());
        }
    }
}
