package agency.suits.clients.contract;

import agency.suits.clients.ClientsApi;
import agency.suits.clients.ClientsApi.Staff;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.clients.ContractRenewalDue;
import agency.suits.events.clients.ContractSigned;
import agency.suits.security.Role;
import agency.suits.testing.TopicProbe;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
import static agency.suits.web.problem.ProblemType.CONSTRAINT_VIOLATION;
import static agency.suits.web.problem.ProblemType.FORBIDDEN;
import static agency.suits.web.problem.ProblemType.INVALID_BODY;
import static agency.suits.web.problem.ProblemType.INVALID_PARAMETER;
import static agency.suits.web.problem.ProblemType.NOT_FOUND;
import static agency.suits.web.problem.ProblemType.UNPROCESSABLE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ContractResourceTest {

    private static final String SIGNED = EventType.forPayload(ContractSigned.class).type();
    private static final String RENEWAL_DUE = EventType.forPayload(ContractRenewalDue.class).type();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    RenewalService renewals;

    private final Staff sam = Staff.with(Role.ACCOUNT_SUPERVISOR);
    private final Staff cora = Staff.with(Role.ACCOUNT_COORDINATOR);
    private UUID client;
    private String contracts;

    @BeforeEach
    void aClient() {
        client = ClientsApi.register(sam, "Contract client");
        assign(sam, client, cora.id(), "ACCOUNT_COORDINATOR", false).statusCode(200);
        contracts = "/api/clients/" + client + "/contracts";
    }

    private static Map<String, Object> money(String amount) {
        return Map.of("amount", amount, "currency", "EUR");
    }

    private static Map<String, Object> retainer(LocalDate endsOn, int noticeDays) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "RETAINER");
        body.put("startsOn", endsOn.minusYears(1).toString());
        body.put("endsOn", endsOn.toString());
        body.put("value", money("120000.00"));
        body.put("retainer", Map.of("feePerPeriod", money("10000.00"), "period", "MONTHLY"));
        body.put("includedRevisionRounds", 3);
        body.put("noticePeriodDays", noticeDays);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(key, value);
        return changed;
    }

    private static Map<String, Object> renewal() {
        return Map.of("endsOn", TODAY.plusYears(2).toString(), "value", money("1000.00"),
                "retainer", Map.of("feePerPeriod", money("100.00"), "period", "MONTHLY"),
                "includedRevisionRounds", 2, "noticePeriodDays", 30);
    }

    private String sign(Map<String, Object> body) {
        return sam.request().body(body).post(contracts).then().statusCode(201).extract().path("id");
    }

    /** Signs on another client of Sam's book: one client has one contract in force on any day. */
    private String signForAnotherClient(Map<String, Object> body) {
        UUID other = ClientsApi.register(sam, "Another of Sam's");
        return sam.request().body(body).post("/api/clients/{id}/contracts", other).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void signsARetainerWithExactMoneyAndPublishesContractSigned() {
        LocalDate endsOn = TODAY.plusDays(200);
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            String id = sam.request().body(retainer(endsOn, 60)).post(contracts).then()
                    .statusCode(201)
                    .header("ETag", equalTo("\"0\""))
                    .body("type", equalTo("RETAINER"))
                    .body("value.amount", equalTo("120000.00"))
                    .body("value.currency", equalTo("EUR"))
                    .body("retainer.feePerPeriod.amount", equalTo("10000.00"))
                    .body("retainer.period", equalTo("MONTHLY"))
                    .body("includedRevisionRounds", equalTo(3))
                    .body("noticePeriodDays", equalTo(60))
                    .body("noticeWindowOpensOn", equalTo(endsOn.minusDays(60).toString()))
                    .body("renewed", equalTo(false))
                    .body("renewsContractId", nullValue())
                    .extract().path("id");

            JsonNode data = probe.awaitEvent(SIGNED, e -> e.path("data").path("contractId").asText().equals(id), WAIT)
                    .path("data");
            assertEquals(client.toString(), data.path("clientId").asText());
            assertEquals("120000.00", data.path("value").path("amount").asText());
            assertEquals("10000.00", data.path("retainer").path("feePerPeriod").path("amount").asText());
            assertEquals(3, data.path("includedRevisionRounds").asInt());
            assertEquals(sam.id().toString(), data.path("signedBy").asText());
        }
        cora.request().get(contracts).then().statusCode(200).body("items.value.amount", contains("120000.00"));
    }

    /**
     * The money rule of every service (issue 9): amounts are answered at the currency's minor units, as billing
     * answers them. This test asserted the scale as written ("10.5") until the rule was made one.
     */
    @Test
    void answersAnAmountAtTheCurrencysMinorUnits() {
        Map<String, Object> project = with(with(retainer(TODAY.plusDays(90), 10), "type", "PROJECT"), "retainer",
                null);
        String id = sign(with(project, "value", money("10.5")));
        sam.request().get(contracts + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("value.amount", equalTo("10.50"))
                .body("retainer", nullValue());
    }

    @Test
    void refusesAnAmountFinerThanTheCurrencysMinorUnits() {
        Map<String, Object> project = with(with(retainer(TODAY.plusDays(90), 10), "type", "PROJECT"), "retainer",
                null);
        assertProblem(sam.request().body(with(project, "value", money("1000.005"))).post(contracts).then(),
                UNPROCESSABLE, contracts).body("detail", equalTo("EUR has 2 minor units; 1000.005 has more decimals"));
        assertProblem(sam.request().body(with(retainer(TODAY.plusDays(90), 10), "retainer",
                Map.of("feePerPeriod", money("100.001"), "period", "MONTHLY"))).post(contracts).then(),
                UNPROCESSABLE, contracts).body("detail", equalTo("EUR has 2 minor units; 100.001 has more decimals"));
        String id = sign(project);
        Map<String, Object> renewal = new HashMap<>(renewal());
        renewal.put("value", money("1000.005"));
        renewal.remove("retainer");
        String path = contracts + "/" + id + "/renewal";
        assertProblem(sam.request().body(renewal).post(path).then(), UNPROCESSABLE, path)
                .body("detail", equalTo("EUR has 2 minor units; 1000.005 has more decimals"));
        sam.request().get(contracts + "/" + id).then().body("renewed", equalTo(false));
    }

    @Test
    void answersAmountsAtTheCurrencysMinorUnits() {
        Map<String, Object> project = with(with(retainer(TODAY.plusDays(90), 10), "type", "PROJECT"), "retainer",
                null);
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            String id = sam.request().body(with(project, "value", money("1000"))).post(contracts).then()
                    .statusCode(201)
                    .body("value.amount", equalTo("1000.00"))
                    .body("value.currency", equalTo("EUR"))
                    .extract().path("id");
            sam.request().get(contracts + "/" + id).then().statusCode(200).body("value.amount", equalTo("1000.00"));
            JsonNode data = probe.awaitEvent(SIGNED, e -> e.path("data").path("contractId").asText().equals(id), WAIT)
                    .path("data");
            assertEquals("1000.00", data.path("value").path("amount").asText());
        }
        Map<String, Object> yen = with(with(with(project, "value", Map.of("amount", "150000", "currency", "JPY")),
                "startsOn", TODAY.plusDays(91).toString()), "endsOn", TODAY.plusDays(400).toString());
        sam.request().body(yen).post(contracts).then().statusCode(201).body("value.amount", equalTo("150000"));
        assertProblem(sam.request().body(with(project, "value", Map.of("amount", "1.5", "currency", "JPY")))
                .post(contracts).then(), UNPROCESSABLE, contracts)
                .body("detail", equalTo("JPY has 0 minor units; 1.5 has more decimals"));
    }

    @Test
    void refusesTermsThatBreakTheContractRules() {
        assertProblem(sam.request().body(with(retainer(TODAY.plusDays(90), 10), "type", "PROJECT")).post(contracts)
                .then(), UNPROCESSABLE, contracts).body("errors.field", hasItem("retainer"));
        assertProblem(sam.request().body(with(retainer(TODAY.plusDays(90), 10), "retainer", null)).post(contracts)
                .then(), UNPROCESSABLE, contracts).body("errors.field", hasItem("retainer"));
        assertProblem(sam.request().body(with(retainer(TODAY.plusDays(90), 10), "startsOn",
                TODAY.plusDays(91).toString())).post(contracts).then(), UNPROCESSABLE, contracts)
                .body("errors.field", hasItem("endsOn"));
        assertProblem(sam.request().body(with(retainer(TODAY.plusDays(90), 400), "noticePeriodDays", 365))
                .post(contracts).then(), UNPROCESSABLE, contracts).body("errors.field", hasItem("noticePeriodDays"));
        assertProblem(sam.request().body(with(retainer(TODAY.plusDays(90), 10), "retainer",
                Map.of("feePerPeriod", Map.of("amount", "100.00", "currency", "USD"), "period", "MONTHLY")))
                .post(contracts).then(), UNPROCESSABLE, contracts)
                .body("errors.field", hasItem("retainer.feePerPeriod"));
    }

    @Test
    void refusesBadContractBodies() {
        Map<String, Object> good = retainer(TODAY.plusDays(90), 10);
        assertProblem(sam.request().body(with(good, "value", Map.of("amount", 120000.00, "currency", "EUR")))
                .post(contracts).then(), INVALID_BODY, contracts);
        assertProblem(sam.request().body(with(good, "value", money("-5"))).post(contracts).then(), INVALID_BODY,
                contracts);
        assertProblem(sam.request().body(with(good, "value", Map.of("amount", "5", "currency", "EURO")))
                .post(contracts).then(), INVALID_BODY, contracts);
        assertProblem(sam.request().body(with(good, "type", "HANDSHAKE")).post(contracts).then(), INVALID_BODY,
                contracts);
        assertProblem(sam.request().body(with(good, "startsOn", "next monday")).post(contracts).then(), INVALID_BODY,
                contracts);
        assertProblem(sam.request().body(with(good, "discount", "10%")).post(contracts).then(), INVALID_BODY,
                contracts);
        assertProblem(sam.request().body(with(good, "type", null)).post(contracts).then(), CONSTRAINT_VIOLATION,
                contracts);
        assertProblem(sam.request().body(with(good, "includedRevisionRounds", -1)).post(contracts).then(),
                CONSTRAINT_VIOLATION, contracts);
        assertProblem(sam.request().body(with(good, "noticePeriodDays", "sixty")).post(contracts).then(),
                INVALID_BODY, contracts);
    }

    @Test
    void renewingSignsTheNextContractOnce() {
        LocalDate endsOn = TODAY.plusDays(40);
        String first = sign(retainer(endsOn, 30));
        Map<String, Object> renewal = new HashMap<>();
        renewal.put("endsOn", endsOn.plusYears(1).toString());
        renewal.put("value", money("130000.00"));
        renewal.put("retainer", Map.of("feePerPeriod", money("32500.00"), "period", "QUARTERLY"));
        renewal.put("includedRevisionRounds", 2);
        renewal.put("noticePeriodDays", 45);
        String path = contracts + "/" + first + "/renewal";
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            String next = sam.request().body(renewal).post(path).then()
                    .statusCode(201)
                    .body("startsOn", equalTo(endsOn.plusDays(1).toString()))
                    .body("renewsContractId", equalTo(first))
                    .body("value.amount", equalTo("130000.00"))
                    .body("retainer.period", equalTo("QUARTERLY"))
                    .extract().path("id");

            JsonNode data = probe.awaitEvent(SIGNED, e -> e.path("data").path("contractId").asText().equals(next),
                    WAIT).path("data");
            assertEquals(first, data.path("renewsContractId").asText());
        }
        sam.request().get(contracts + "/" + first).then().body("renewed", equalTo(true));
        assertProblem(sam.request().body(renewal).post(path).then(), CONFLICT, path);
        String unknown = contracts + "/" + UUID.randomUUID() + "/renewal";
        assertProblem(sam.request().body(renewal).post(unknown).then(), NOT_FOUND, unknown);
    }

    @Test
    void listsRenewalsOfTheCallersBookWithinThePeriod() {
        String soon = sign(retainer(TODAY.plusDays(30), 10));
        String later = signForAnotherClient(retainer(TODAY.plusDays(120), 10));
        sam.request().queryParam("within", "P60D").get("/api/contracts/renewals").then()
                .statusCode(200)
                .body("items.contractId", hasItem(soon))
                .body("items.contractId", not(hasItem(later)))
                .body("items.find { it.contractId == '%s' }.daysLeft".formatted(soon), equalTo(30))
                .body("items.find { it.contractId == '%s' }.noticeWindowOpen".formatted(soon), equalTo(false));
        sam.request().get("/api/contracts/renewals").then().statusCode(200).body("items.contractId", hasItem(soon));
        sam.request().queryParam("within", "P10D").get("/api/contracts/renewals").then()
                .body("items.contractId", not(hasItem(soon)));
        Staff.with(Role.ACCOUNT_SUPERVISOR).request().queryParam("within", "P1Y").get("/api/contracts/renewals")
                .then().statusCode(200).body("items.contractId", not(hasItem(soon)));
        Staff.with(Role.FINANCE).request().get("/api/contracts/renewals").then().statusCode(200)
                .body("items.contractId", hasItem(soon));
        assertProblem(sam.request().queryParam("within", "soon").get("/api/contracts/renewals").then(),
                INVALID_PARAMETER, "/api/contracts/renewals");
        assertProblem(sam.request().queryParam("within", "P-5D").get("/api/contracts/renewals").then(),
                INVALID_PARAMETER, "/api/contracts/renewals");
    }

    @Test
    void announcesAContractEnteringItsNoticeWindowExactlyOnce() {
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            String due = sign(retainer(TODAY.plusDays(20), 30));
            String notYet = signForAnotherClient(retainer(TODAY.plusDays(200), 30));

            JsonNode data = probe.awaitEvent(RENEWAL_DUE,
                    e -> e.path("data").path("contractId").asText().equals(due), WAIT).path("data");
            assertEquals(TODAY.plusDays(20).toString(), data.path("endsOn").asText());
            assertEquals(TODAY.minusDays(10).toString(), data.path("noticeWindowOpensOn").asText());
            assertEquals(30, data.path("noticePeriodDays").asInt());
            assertEquals("120000.00", data.path("value").path("amount").asText());

            // the job runs every second in tests, and a direct run stands for a restarted service
            renewals.announceDue(TODAY);
            assertEquals(1, probe.eventsAfterWaiting(RENEWAL_DUE,
                    e -> e.path("data").path("contractId").asText().equals(due), Duration.ofSeconds(3)).size());
            assertEquals(0, probe.eventsAfterWaiting(RENEWAL_DUE,
                    e -> e.path("data").path("contractId").asText().equals(notYet), Duration.ZERO).size());
            sam.request().get(contracts + "/" + due).then().body("renewalDueSentAt", notNullValue());
        }
    }

    @Test
    void refusesAContractOverlappingAnotherNamingTheClash() {
        String current = sign(retainer(TODAY.plusDays(200), 30));
        LocalDate currentEnd = TODAY.plusDays(200);
        Map<String, Object> overlapping = with(retainer(TODAY.plusDays(300), 30), "startsOn",
                currentEnd.toString());
        assertProblem(sam.request().body(overlapping).post(contracts).then(), CONFLICT, contracts)
                .body("detail", containsString("overlaps contract " + current))
                .body("detail", containsString("to " + currentEnd))
                .body("allowedActions", hasItem("renew contract " + current));
        // the day after it ends is free: a contract signed now for then is the next one
        sign(with(retainer(TODAY.plusDays(300), 30), "startsOn", currentEnd.plusDays(1).toString()));
    }

    @Test
    void onlySupervisorsAndDirectorsSignAndOutsidersSeeNothing() {
        String id = sign(retainer(TODAY.plusDays(90), 10));
        Staff eve = Staff.with(Role.ACCOUNT_EXECUTIVE);
        assign(sam, client, eve.id(), "ACCOUNT_EXECUTIVE", false).statusCode(200);
        for (Staff staff : new Staff[] {cora, eve, Staff.with(Role.FINANCE), Staff.with(Role.ADMIN)}) {
            assertProblem(staff.request().body(retainer(TODAY.plusDays(90), 10)).post(contracts).then(), FORBIDDEN,
                    contracts);
            assertProblem(staff.request().body(renewal()).post(contracts + "/" + id + "/renewal").then(),
                    FORBIDDEN, contracts + "/" + id + "/renewal");
        }
        ClientsApi.director().request().body(retainer(TODAY.plusDays(500), 10)).post(contracts).then()
                .statusCode(201);
        Staff outsider = Staff.with(Role.ACCOUNT_SUPERVISOR);
        assertProblem(outsider.request().get(contracts).then(), NOT_FOUND, contracts);
        assertProblem(outsider.request().get(contracts + "/" + id).then(), NOT_FOUND, contracts + "/" + id);
        assertProblem(outsider.request().body(retainer(TODAY.plusDays(90), 10)).post(contracts).then(), NOT_FOUND,
                contracts);
    }
}
