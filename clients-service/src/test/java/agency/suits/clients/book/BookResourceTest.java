package agency.suits.clients.book;

import agency.suits.clients.ClientsApi;
import agency.suits.clients.ClientsApi.Staff;
import agency.suits.events.billing.InvoiceOverdue;
import agency.suits.events.Money;
import agency.suits.security.Role;
import agency.suits.testing.events.Published;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static agency.suits.testing.ProblemContent.assertProblem;
import static agency.suits.web.problem.ProblemType.FORBIDDEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** clients-service's part of the book: whose accounts, what each carries, and the orders. */
@QuarkusTest
class BookResourceTest {

    private final Staff sam = ClientsApi.supervisor();
    private final Staff kim = ClientsApi.supervisor();
    private final Staff director = ClientsApi.director();
    private UUID calm;
    private UUID troubled;
    private UUID kims;

    @BeforeEach
    void twoSupervisorsBooks() {
        String run = UUID.randomUUID().toString();
        calm = ClientsApi.register(sam, "Book Calm " + run);
        troubled = ClientsApi.register(sam, "Book Troubled " + run);
        kims = ClientsApi.register(kim, "Book Kim " + run);
    }

    @Test
    void aSupervisorReadsTheirAccountsADirectorEveryonesNarrowedBySupervisor() {
        assertEquals(List.of(calm.toString(), troubled.toString()), book(sam, Map.of("sort", "NAME"))
                .getList("accounts.clientId"));
        List<String> all = book(director, Map.of()).getList("accounts.clientId");
        assertTrue(all.containsAll(List.of(calm.toString(), troubled.toString(), kims.toString())), all.toString());
        assertEquals(List.of(kims.toString()), book(director, Map.of("supervisorId", kim.id()))
                .getList("accounts.clientId"));
    }

    @Test
    void eachAccountCarriesItsSupervisorHealthContractInForceAndLastInteraction() {
        Instant spoke = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
        sam.request().body(Map.of("kind", "MEETING", "occurredAt", spoke.toString(), "participants", "CMO",
                "note", "Quarterly review")).post("/api/clients/{c}/interactions", calm).then().statusCode(201);
        LocalDate endsOn = LocalDate.now().plusDays(20);
        String contract = sam.request().body(project(endsOn, 30)).post("/api/clients/{c}/contracts", calm)
                .then().statusCode(201).extract().path("id");

        JsonPath account = account(book(sam, Map.of()), calm);
        assertEquals("PROSPECT", account.getString("status"));
        assertEquals(sam.id().toString(), account.getString("primarySupervisor.staffId"));
        // signing a contract inside its notice window reassesses at once: it ends without a renewal
        assertEquals("CONTRACT_ENDING_WITHOUT_RENEWAL", account.getString("health.topReasons[0].signal"));
        assertEquals(100 - account.getInt("health.topReasons[0].weight"), account.getInt("health.score"));
        assertEquals(contract, account.getString("contract.contractId"));
        assertEquals(endsOn.toString(), account.getString("contract.endsOn"));
        assertEquals(20, account.getInt("contract.daysLeft"));
        assertEquals("NOTICE_WINDOW_OPEN", account.getString("contract.renewal"), "30 days' notice, 20 days left");
        assertEquals(spoke, Instant.parse(account.getString("lastInteractionAt")));

        JsonPath none = account(book(sam, Map.of()), troubled);
        assertEquals(100, none.getInt("health.score"));
        assertEquals(List.of(), none.getList("health.topReasons"));
        assertNull(none.get("contract"));
        assertNull(none.get("lastInteractionAt"));
    }

    @Test
    void byRiskTheLowestHealthComesFirstWithItsHeaviestReasons() throws InterruptedException {
        Published.event(new InvoiceOverdue(UUID.randomUUID(), "INV-2026-0099", troubled, null,
                LocalDate.now().minusDays(60), 60, 60, Money.of("500.00", "EUR"), Money.of("500.00", "EUR"),
                Instant.now()));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (account(book(sam, Map.of()), troubled).getInt("health.score") == 100) {
            assertTrue(Instant.now().isBefore(deadline), "the overdue invoice never reached the health score");
            Thread.sleep(200);
        }
        JsonPath byRisk = book(sam, Map.of("sort", "RISK"));
        assertEquals(List.of(troubled.toString(), calm.toString()), byRisk.getList("accounts.clientId"));
        JsonPath account = account(byRisk, troubled);
        assertEquals(80, account.getInt("health.score"));
        assertEquals("INVOICE_OVERDUE", account.getString("health.topReasons[0].signal"));
        assertEquals(20, account.getInt("health.topReasons[0].weight"));
    }

    @Test
    void theBookIsTheSupervisorsAndDirectorsAndItsParametersAreChecked() {
        assertProblem(Staff.with(Role.ACCOUNT_EXECUTIVE).request().get("/api/book").then(), FORBIDDEN, "/api/book");
        assertProblem(Staff.with(Role.FINANCE).request().get("/api/book").then(), FORBIDDEN, "/api/book");
        sam.request().queryParam("sort", "LOUDEST").get("/api/book").then().statusCode(400)
                .contentType("application/problem+json");
        sam.request().queryParam("supervisorId", "nobody").get("/api/book").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static JsonPath book(Staff who, Map<String, ?> query) {
        return who.request().queryParams(query).get("/api/book").then().statusCode(200).extract().jsonPath();
    }

    /** The book with the client's account as its root. */
    private static JsonPath account(JsonPath book, UUID client) {
        assertTrue(book.getList("accounts.clientId").contains(client.toString()), client + " not in the book");
        return book.setRootPath("accounts.find { it.clientId == '" + client + "' }");
    }

    private static Map<String, Object> project(LocalDate endsOn, int noticeDays) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "PROJECT");
        body.put("startsOn", LocalDate.now().minusDays(60).toString());
        body.put("endsOn", endsOn.toString());
        body.put("value", Map.of("amount", "20000.00", "currency", "EUR"));
        body.put("includedRevisionRounds", 2);
        body.put("noticePeriodDays", noticeDays);
        return body;
    }
}
