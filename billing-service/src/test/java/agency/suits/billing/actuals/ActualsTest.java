package agency.suits.billing.actuals;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.testing.ProblemContent;
import agency.suits.testing.TopicProbe;
import agency.suits.web.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ActualsTest {

    private static final String THRESHOLD = EventType.forPayload(BudgetThresholdReached.class).type();
    private static final LocalDate NOV = LocalDate.of(2026, 11, 2);

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void valuesHoursAtTheClientsRateOfTheWorkDateRoundedHalfEven() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "10000.00", "EUR");
        Billing.rateCard(Staff.supervisor(), "ACCOUNT_PLANNER", client, "112.50", "EUR",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 31)).statusCode(201);
        Billing.rateCard(Staff.supervisor(), "ACCOUNT_PLANNER", client, "120.10", "EUR",
                LocalDate.of(2026, 11, 1), null).statusCode(201);

        // 7.25 h x 112.50 = 815.625 -> 815.62 (half-even: 2 is even); 3.35 h x 120.10 = 402.335 -> 402.34
        Billing.time(job, "ACCOUNT_PLANNER", LocalDate.of(2026, 10, 31), "7.25").statusCode(201)
                .body("hourlyRate.amount", equalTo("112.50"))
                .body("value.amount", equalTo("815.62"))
                .body("hours", equalTo("7.25"));
        Billing.time(job, "ACCOUNT_PLANNER", NOV, "3.35").statusCode(201)
                .body("hourlyRate.amount", equalTo("120.10"))
                .body("value.amount", equalTo("402.34"));
        Billing.cost(job, "99.99", "EUR").statusCode(201).body("amount.amount", equalTo("99.99"));

        Billing.budget(job).statusCode(200)
                .body("actuals.amount", equalTo("1317.95"))
                .body("remaining.amount", equalTo("8682.05"))
                .body("burnPercent", equalTo("13.18"));
        given().header("Authorization", Staff.executive()).queryParam("jobNumber", job)
                .when().get("/api/time-entries")
                .then().statusCode(200).body("totalItems", equalTo(2))
                .body("items[0].workDate", equalTo("2026-11-02"));
    }

    @Test
    void theAgencyDefaultRateAppliesWithoutAClientOverride() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "500.00", "EUR");
        // a year nobody else prices, so this default cannot collide with other tests' defaults
        LocalDate day = LocalDate.of(1990 + (int) (Math.abs(job.hashCode()) % 30), 3, 1);
        Billing.rateCard(Staff.finance(), "TRAFFIC", null, "60.00", "EUR", day, day).statusCode(201);
        Billing.time(job, "TRAFFIC", day, "1.5").statusCode(201).body("value.amount", equalTo("90.00"));
        Billing.time(job, "TRAFFIC", day.plusDays(1), "1").statusCode(422)
                .contentType(startsWith(ProblemContent.MEDIA_TYPE))
                .body("detail", equalTo("No rate card prices TRAFFIC on " + day.plusDays(1)
                        + " for this client or as the agency default"));
    }

    @Test
    void publishesEachBurnThresholdExactlyOnce() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "1000.00", "EUR");
        Billing.rateCard(Staff.supervisor(), "ACCOUNT_EXECUTIVE", client, "100.00", "EUR",
                LocalDate.of(2026, 1, 1), null).statusCode(201);

        try (TopicProbe probe = TopicProbe.watching(Topics.BILLING)) {
            Billing.time(job, "ACCOUNT_EXECUTIVE", NOV, "7.5").statusCode(201);   // 750.00, 75%
            Billing.time(job, "ACCOUNT_EXECUTIVE", NOV, "0.5").statusCode(201);   // 800.00, 80% exactly
            Billing.time(job, "ACCOUNT_EXECUTIVE", NOV, "1").statusCode(201);     // 900.00
            Billing.cost(job, "150.00", "EUR").statusCode(201);                  // 1050.00, past 100%
            Billing.time(job, "ACCOUNT_EXECUTIVE", NOV, "1").statusCode(201);     // 1150.00

            JsonNode eighty = probe.awaitEvent(THRESHOLD, e -> isFor(e, job, 80), Duration.ofSeconds(20));
            assertEquals("1000.00", eighty.path("data").path("budget").path("amount").asText());
            assertEquals("800.00", eighty.path("data").path("actuals").path("amount").asText());
            assertEquals("0.00", eighty.path("data").path("committed").path("amount").asText());
            assertEquals(job, eighty.path("subject").asText());
            JsonNode hundred = probe.awaitEvent(THRESHOLD, e -> isFor(e, job, 100), Duration.ofSeconds(20));
            assertEquals("1050.00", hundred.path("data").path("actuals").path("amount").asText());

            List<JsonNode> all = probe.eventsAfterWaiting(THRESHOLD,
                    e -> job.equals(e.path("data").path("jobNumber").asText()), Duration.ofSeconds(2));
            assertEquals(2, all.size(), "one event per threshold, not one per entry after it");
        }
        Billing.budget(job).statusCode(200)
                .body("actuals.amount", equalTo("1150.00"))
                .body("remaining.amount", equalTo("-150.00"))
                .body("burnPercent", equalTo("115.00"));
    }

    /**
     * Twenty people booking on one job at once: every entry is booked (none refused with a version conflict), the
     * actuals are their sum, and each threshold is announced by exactly the one entry that crossed it.
     */
    @Test
    void concurrentEntriesOnOneJobAreAllBookedAndCrossEachThresholdOnce() throws Exception {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "1000.00", "EUR");
        Billing.rateCard(Staff.supervisor(), "ACCOUNT_EXECUTIVE", client, "100.00", "EUR",
                LocalDate.of(2026, 1, 1), null).statusCode(201);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        try (TopicProbe probe = TopicProbe.watching(Topics.BILLING)) {
            List<Future<ExtractableResponse<Response>>> entries = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                entries.add(pool.submit(() -> {
                    start.await();
                    return Billing.time(job, "ACCOUNT_EXECUTIVE", NOV, "0.75").extract();   // 75.00 each
                }));
            }
            start.countDown();
            for (Future<ExtractableResponse<Response>> entry : entries) {
                ExtractableResponse<Response> answer = entry.get();
                assertEquals(201, answer.statusCode(), answer.asString());
            }
            List<JsonNode> crossed = probe.eventsAfterWaiting(THRESHOLD,
                    e -> job.equals(e.path("data").path("jobNumber").asText()), Duration.ofSeconds(5));
            assertEquals(List.of(80, 100), crossed.stream().map(e -> e.path("data").path("thresholdPercent").asInt())
                    .sorted().toList(), "each threshold once");
        } finally {
            pool.shutdownNow();
        }
        Billing.budget(job).statusCode(200).body("actuals.amount", equalTo("1500.00"));
    }

    @Test
    void refusesEntriesInAnotherCurrencyThanTheBudget() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "1000.00", "EUR");
        Billing.cost(job, "10.00", "USD").statusCode(422)
                .body("type", equalTo(ProblemType.UNPROCESSABLE.uri()))
                .body("detail", equalTo("cannot combine EUR with USD"));
        Billing.budget(job).statusCode(200).body("actuals.amount", equalTo("0.00"));
    }

    @Test
    void refusesBadEntriesAsProblems() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "100.00", "EUR");
        Billing.time("ACME-2026-000001", "CREATIVE", NOV, "2").statusCode(404)
                .body("type", equalTo(ProblemType.NOT_FOUND.uri()));
        Billing.time("acme", "CREATIVE", NOV, "2").statusCode(400)
                .body("errors[0].field", equalTo("jobNumber"));
        Billing.time("ACME-2026-000001", "CREATIVE", NOV, "25").statusCode(400)
                .body("type", equalTo(ProblemType.CONSTRAINT_VIOLATION.uri()));
        Billing.time(job, "CREATIVE", NOV, "0").statusCode(422)
                .body("detail", equalTo("hours must be more than 0 and at most 24 in a day, was 0"));
        given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                .body("{\"personId\": \"" + UUID.randomUUID() + "\", \"role\": \"CREATIVE\", \"jobNumber\": "
                        + "\"ACME-2026-000001\", \"workDate\": \"2026-11-02\", \"hours\": 7.5}")
                .when().post("/api/time-entries")
                .then().statusCode(400).body("type", equalTo(ProblemType.INVALID_BODY.uri()));
        given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"ACME-2026-000001\"}")
                .when().post("/api/cost-entries")
                .then().statusCode(400).body("type", equalTo(ProblemType.CONSTRAINT_VIOLATION.uri()));
        Billing.cost(job, "-1.00", "EUR").statusCode(422)
                .body("detail", equalTo("A cost is more than zero"));
        given().header("Authorization", Staff.creative()).when().get("/api/cost-entries")
                .then().statusCode(403).contentType(startsWith(ProblemContent.MEDIA_TYPE));
        given().header("Authorization", Staff.executive()).when().get("/api/time-entries/{id}", UUID.randomUUID())
                .then().statusCode(404).body("type", equalTo(ProblemType.NOT_FOUND.uri()));
    }

    private static boolean isFor(JsonNode event, String job, int percent) {
        return job.equals(event.path("data").path("jobNumber").asText())
                && event.path("data").path("thresholdPercent").asInt() == percent;
    }
}
