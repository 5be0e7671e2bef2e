package agency.suits.billing.book;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import agency.suits.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** billing-service's part of the book: each account's open budgets, burn and receivables, for whom. */
@QuarkusTest
class BookMoneyTest {

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void sumsEachAccountsBudgetsAndReceivablesPerCurrencyAndNamesTheMostBurntJob() {
        UUID client = UUID.randomUUID();
        String steady = Events.newJobNumber();
        String overrun = Events.newJobNumber();
        Billing.openBudget(steady, client, "1000.00", "EUR");
        Billing.openBudget(overrun, client, "100.00", "EUR");
        Billing.cost(steady, "400.00", "EUR").statusCode(201);
        Billing.cost(overrun, "150.00", "EUR").statusCode(201);
        String invoice = Billing.approved(Billing.draftTimeAndMaterials(steady).statusCode(201).extract().path("id"));
        Billing.issue(invoice, "1", "2026-01-05").statusCode(200);
        LocalDate dueOn = LocalDate.parse(Billing.invoice(invoice).extract().path("dueOn"));

        Map<String, Object> account = account(book(Staff.supervisor()), client);
        assertEquals(1, account.get("jobsOverBudget"));
        assertEquals(List.of(Map.of("currency", "EUR", "budget", eur("1100.00"), "spent", eur("550.00"),
                "burnPercent", "50.00", "mostBurntJob", overrun, "mostBurntPercent", "150.00")),
                account.get("budgets"));
        long late = ChronoUnit.DAYS.between(dueOn, LocalDate.now());
        assertEquals(List.of(Map.of("currency", "EUR", "outstanding", eur("400.00"), "overdue", eur("400.00"),
                "mostDaysOverdue", (int) late)), account.get("receivables"));

        Billing.pay(invoice, "pay-" + UUID.randomUUID(), "400.00", "EUR").statusCode(201);
        assertEquals(List.of(), account(book(Staff.director()), client).get("receivables"), "paid: nothing owed");
    }

    @Test
    void aSupervisorSeesOnlyTheirTeamsAccountsAndTheRestOfTheTeamNoBook() {
        UUID client = UUID.randomUUID();
        Billing.openBudget(Events.newJobNumber(), client, "500.00", "EUR");
        assertFalse(book(Staff.as(UUID.randomUUID(), Role.ACCOUNT_SUPERVISOR)).getList("accounts.clientId")
                .contains(client.toString()));
        given().header("Authorization", Staff.executive()).when().get("/api/book")
                .then().statusCode(403).body("detail", containsString("read the book"));
        given().header("Authorization", Staff.finance()).when().get("/api/book").then().statusCode(403);
    }

    private static Map<String, String> eur(String amount) {
        return Map.of("amount", amount, "currency", "EUR");
    }

    private static JsonPath book(String token) {
        return given().header("Authorization", token).when().get("/api/book").then().statusCode(200).extract()
                .jsonPath();
    }

    private static Map<String, Object> account(JsonPath book, UUID client) {
        return book.getMap("accounts.find { it.clientId == '" + client + "' }");
    }
}
