package agency.suits.billing;

import agency.suits.billing.overdue.OverdueService;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.billing.InvoiceOverdue;
import agency.suits.events.clients.RuleSetting;
import agency.suits.settings.RuleSettings;
import agency.suits.testing.TopicProbe;
import agency.suits.testing.events.AccountEvents;
import agency.suits.testing.events.JobEvents;
import agency.suits.testing.events.Published;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An ADMIN's change of billing's rule settings, published by clients-service on the real suits.clients topic, takes
 * effect here from its moment. Tests share one database: each test puts the setting back to its configured value.
 */
@QuarkusTest
class RuleSettingsAppliedTest {

    @Inject
    RuleSettings settings;

    @Inject
    OverdueService overdue;

    @BeforeAll
    static void setUp() {
        Billing.init();
    }

    @Test
    void invoicesIssuedAfterAChangeOfThePaymentTermsFallDueOnTheNewTerms() {
        try {
            Published.event(AccountEvents.ruleChanged(RuleSetting.PAYMENT_TERMS_DAYS, "45", Instant.now()));
            assertEquals(45, eventually(RuleSettingsAppliedTest::termsOfAFreshInvoice, 45));
            Published.event(AccountEvents.ruleChanged(RuleSetting.PAYMENT_TERMS_DAYS, "60",
                    Instant.now().plus(1, ChronoUnit.DAYS)));
            Billing.pause(Duration.ofSeconds(2));   // the consumer applies a clients event well within this
            assertEquals(45, termsOfAFreshInvoice(), "a change from tomorrow waits for tomorrow");
        } finally {
            Published.event(AccountEvents.ruleChanged(RuleSetting.PAYMENT_TERMS_DAYS, "30", Instant.now()));
            eventually(RuleSettingsAppliedTest::termsOfAFreshInvoice, 30);
        }
    }

    @Test
    void anExtraRoundIsPricedAtThePercentInForce() {
        try {
            Published.event(AccountEvents.ruleChanged(RuleSetting.EXTRA_ROUND_PERCENT, "12.50", Instant.now()));
            assertEquals("1250.00", eventually(RuleSettingsAppliedTest::priceOfAnExtraRound, "1250.00"));
        } finally {
            Published.event(AccountEvents.ruleChanged(RuleSetting.EXTRA_ROUND_PERCENT, "10.00", Instant.now()));
            eventually(RuleSettingsAppliedTest::priceOfAnExtraRound, "1000.00");
        }
    }

    @Test
    void aLowerSupervisorLimitSendsLargerPayablesToADirector() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "100000.00", "EUR");
        String payable = given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\", \"vendorName\": \"Studio Foto\", \"description\": "
                        + "\"Product shoot\", \"amount\": {\"amount\": \"500.00\", \"currency\": \"EUR\"}}")
                .when().post("/api/payables").then().statusCode(201).extract().path("id");
        Supplier<String> level = () -> given().header("Authorization", Staff.director())
                .when().get("/api/payables/{id}", payable).then().statusCode(200).extract().path("requiredApproval");
        assertEquals("SUPERVISOR", level.get());
        try {
            Published.event(AccountEvents.ruleChanged(RuleSetting.SUPERVISOR_PAYABLE_LIMIT, "EUR 100.00,USD 5500.00",
                    Instant.now()));
            assertEquals("DIRECTOR", eventually(level, "DIRECTOR"));
        } finally {
            Published.event(AccountEvents.ruleChanged(RuleSetting.SUPERVISOR_PAYABLE_LIMIT,
                    "EUR 5000.00,GBP 4500.00,USD 5500.00", Instant.now()));
            eventually(level, "SUPERVISOR");
        }
    }

    /** The stages are read where the overdue check runs; the event that carries a change is covered above. */
    @Test
    void overdueStagesInForceAreTheOnesAnnounced() {
        String invoice = Billing.approved(Billing.timeAndMaterialsInvoice("40.00"));
        Billing.issue(invoice, "1", "2025-01-01").statusCode(200).body("dueOn", equalTo("2025-01-31"));
        try (TopicProbe probe = TopicProbe.watching(Topics.BILLING)) {
            settings.record(AccountEvents.ruleChanged(RuleSetting.OVERDUE_STAGES, "14,45", Instant.now()));
            overdue.detect(LocalDate.of(2025, 2, 20));
            List<JsonNode> announced = probe.awaitEvents(EventType.forPayload(InvoiceOverdue.class).type(),
                    e -> invoice.equals(e.path("subject").asText()), 1, Duration.ofSeconds(20));
            assertEquals(14, announced.get(0).path("data").path("stageDays").asInt());
        } finally {
            settings.record(AccountEvents.ruleChanged(RuleSetting.OVERDUE_STAGES, "1,30,60", Instant.now()));
        }
    }

    /** Issues a fresh invoice without terms of its own and answers the days until it is due. */
    private static int termsOfAFreshInvoice() {
        String id = Billing.approved(Billing.timeAndMaterialsInvoice("10.00"));
        var issued = given().header("Authorization", Staff.finance()).header("If-Match", "\"1\"")
                .contentType(ContentType.JSON).when().post("/api/invoices/{id}/issue", id)
                .then().statusCode(200).extract();
        return (int) ChronoUnit.DAYS.between(LocalDate.parse(issued.path("issuedOn")),
                LocalDate.parse(issued.path("dueOn")));
    }

    /** Round 3 of 2 on a fresh job with a 10000.00 EUR budget: the change order billing drafts for it. */
    private static String priceOfAnExtraRound() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "10000.00", "EUR");
        Published.event(JobEvents.revisionLimitExceeded(job, client, 3));
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            var orders = given().header("Authorization", Staff.director()).queryParam("jobNumber", job)
                    .when().get("/api/change-orders");
            if (orders.statusCode() == 200 && orders.<Integer>path("totalItems") > 0) {
                return orders.path("items[0].amount.amount");
            }
            Billing.pause(Duration.ofMillis(200));
        }
        throw new AssertionError("no change order for " + job);
    }

    /** Asks until the answer is the expected one (the change is applied), for up to 20 s; answers the last. */
    private static <T> T eventually(Supplier<T> ask, T expected) {
        Instant deadline = Instant.now().plusSeconds(20);
        T answer = ask.get();
        while (!expected.equals(answer) && Instant.now().isBefore(deadline)) {
            Billing.pause(Duration.ofMillis(300));
            answer = ask.get();
        }
        return answer;
    }
}
