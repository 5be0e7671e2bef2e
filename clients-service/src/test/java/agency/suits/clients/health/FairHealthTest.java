package agency.suits.clients.health;

import agency.suits.clients.ClientsApi;
import agency.suits.clients.ClientsApi.Staff;
import agency.suits.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One signal per fact, escalating and clearing, with the billing events published on the real broker. */
@QuarkusTest
class FairHealthTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Staff sam = Staff.with(Role.ACCOUNT_SUPERVISOR);

    private JsonPath health(UUID client) {
        return sam.request().get("/api/clients/{id}/health", client).then().statusCode(200).extract().jsonPath();
    }

    private JsonPath awaitHealth(UUID client, Predicate<JsonPath> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            JsonPath current = health(client);
            if (done.test(current)) {
                return current;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Health never got there: " + current.prettify());
            }
            Thread.sleep(200);
        }
    }

    private static List<Map<String, Object>> signals(JsonPath health, String signal) {
        return health.<Map<String, Object>>getList("signals").stream()
                .filter(s -> signal.equals(s.get("signal"))).toList();
    }

    @Test
    void anOverdueInvoiceIsOneSignalThatEscalatesThroughItsStagesAndClearsWhenPaid() throws Exception {
        UUID client = ClientsApi.activeClientOf(sam, "Slow payer");
        UUID invoice = UUID.randomUUID();

        OtherServices.publish(OtherServices.overdue(client, invoice, 1));
        JsonPath first = awaitHealth(client, h -> h.getInt("score") == 90);
        assertEquals(1, signals(first, "INVOICE_OVERDUE").size());

        OtherServices.publish(OtherServices.overdue(client, invoice, 30));
        awaitHealth(client, h -> h.getInt("score") == 85);
        OtherServices.publish(OtherServices.overdue(client, invoice, 60));
        JsonPath sixty = awaitHealth(client, h -> h.getInt("score") == 80);
        List<Map<String, Object>> overdue = signals(sixty, "INVOICE_OVERDUE");
        assertEquals(1, overdue.size(), "one invoice is one signal, not one per stage: " + sixty.prettify());
        assertEquals(20, overdue.get(0).get("weight"));
        assertEquals(List.of(10, 15, 20), sixty.getList("signals[0].history.weight", Integer.class));

        // a part payment leaves it overdue; paying the rest clears it
        OtherServices.publish(OtherServices.payment(client, invoice, "200.00", "300.00"));
        Thread.sleep(3000);
        assertEquals(80, health(client).getInt("score"), "a part payment leaves the invoice overdue");
        OtherServices.publish(OtherServices.payment(client, invoice, "300.00", "0.00"));
        JsonPath paid = awaitHealth(client, h -> h.getInt("score") == 100);
        assertTrue(signals(paid, "INVOICE_OVERDUE").isEmpty(), paid.prettify());
        assertEquals(List.of(10, 15, 20, 0), paid.getList("cleared[0].history.weight", Integer.class));
        assertTrue(paid.getString("cleared[0].history[3].detail").contains("paid in full"), paid.prettify());
        sam.request().get("/api/clients/{id}", client).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void scoreAndStatusMoveTogetherAndAPaymentLiftsTheClientBack() throws Exception {
        UUID client = ClientsApi.activeClientOf(sam, "Very slow payer");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        OtherServices.publish(OtherServices.overdue(client, first, 60));
        OtherServices.publish(OtherServices.overdue(client, second, 60));
        OtherServices.publish(OtherServices.budget(client, 100));
        JsonPath low = awaitHealth(client, h -> h.getInt("score") == 40);
        assertTrue(low.getBoolean("atRisk"));
        sam.request().get("/api/clients/{id}", client).then().body("status", equalTo("AT_RISK"));

        OtherServices.publish(OtherServices.payment(client, first, "500.00", "0.00"));
        JsonPath better = awaitHealth(client, h -> h.getInt("score") == 60);
        assertEquals(false, better.getBoolean("atRisk"));
        // the same transaction moved the status: no reassessment needed to see it
        sam.request().get("/api/clients/{id}", client).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void anOverrunClearsWhenAnApprovedEstimateRaisesTheBudgetAboveTheActuals() throws Exception {
        UUID client = ClientsApi.activeClientOf(sam, "Overrun");
        OtherServices.publish(OtherServices.budget(client, 100));
        awaitHealth(client, h -> h.getInt("score") == 80);
        // the job used 1000.00: a budget of exactly that does not clear it, one above does
        OtherServices.publish(OtherServices.estimate(client, "1000.00"));
        Thread.sleep(3000);
        assertEquals(80, health(client).getInt("score"), "a budget that only equals the actuals is still overrun");
        OtherServices.publish(OtherServices.estimate(client, "1500.00"));
        JsonPath raised = awaitHealth(client, h -> h.getInt("score") == 100);
        assertTrue(signals(raised, "BUDGET_OVERRUN").isEmpty(), raised.prettify());
        assertEquals("BUDGET_OVERRUN", raised.getString("cleared[0].signal"));
    }

    @Test
    void anOverrunClearsWhenAnApprovedChangeOrderRaisesTheBudgetAboveTheActuals() throws Exception {
        UUID client = ClientsApi.activeClientOf(sam, "Overrun, then a change order");
        OtherServices.publish(OtherServices.budget(client, 100));
        awaitHealth(client, h -> h.getInt("score") == 80);
        // the job used 1000.00 of 1000.00; a raise of 0.00 is not an event, so the smallest raise is tried first
        OtherServices.publish(OtherServices.raised(client, "0.01", "1000.01"));
        JsonPath raised = awaitHealth(client, h -> h.getInt("score") == 100);
        assertTrue(signals(raised, "BUDGET_OVERRUN").isEmpty(), raised.prettify());
        assertEquals("BUDGET_OVERRUN", raised.getString("cleared[0].signal"));
        assertTrue(raised.getString("cleared[0].history[-1].detail").contains("1000.01"), raised.prettify());
        assertEquals("agency.suits.BudgetRaised.v1", raised.getString("cleared[0].history[-1].sourceEventType"));
    }

    /**
     * An ADMIN moves a weight and the at-risk line (rule settings): a signal observed after the change weighs the new
     * weight, and the line moves the status at the next assessment. Both go back to the configured values after.
     */
    @Test
    void anAdminsWeightAndLineCountFromTheChangeOn() throws Exception {
        Staff ada = Staff.with(Role.ADMIN);
        UUID client = ClientsApi.activeClientOf(sam, "Many rounds");
        try {
            setting(ada, "HEALTH_WEIGHT_REVISION_LIMIT_EXCEEDED", "45");
            OtherServices.publish(OtherServices.revisionLimit(client));
            JsonPath low = awaitHealth(client, h -> h.getInt("score") == 55);
            assertTrue(low.getBoolean("atRisk"), low.prettify());
            setting(ada, "AT_RISK_BELOW", "50");
            JsonPath above = health(client);
            assertEquals(50, above.getInt("threshold"));
            assertEquals(false, above.getBoolean("atRisk"), above.prettify());
            assertEquals(55, above.getInt("score"), "the signal keeps the weight it was observed with");
            // the periodic reassessment (every 2 s in tests) moves the status by the new line
            Instant deadline = Instant.now().plus(WAIT);
            while (!"ACTIVE".equals(sam.request().get("/api/clients/{id}", client).path("status"))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("the client stayed at risk under the lower line");
                }
                Thread.sleep(200);
            }
        } finally {
            setting(ada, "HEALTH_WEIGHT_REVISION_LIMIT_EXCEEDED", "15");
            setting(ada, "AT_RISK_BELOW", "60");
        }
    }

    private static void setting(Staff admin, String setting, String value) {
        admin.request().body(Map.of("value", value, "reason", "Test sets " + setting))
                .post("/api/rule-settings/{s}/changes", setting).then().statusCode(201);
    }
}
