package agency.suits.billing.retainer;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import agency.suits.billing.invoice.InvoiceService;
import agency.suits.domain.money.Amount;
import agency.suits.events.Money;
import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.AccountTeamChanged;
import agency.suits.events.clients.BillingPeriod;
import agency.suits.events.clients.ClientStatus;
import agency.suits.events.clients.ContractSigned;
import agency.suits.events.clients.ContractType;
import agency.suits.events.clients.RetainerTerms;
import agency.suits.events.clients.TeamMember;
import agency.suits.security.Role;
import agency.suits.testing.events.AccountEvents;
import agency.suits.testing.events.JobEvents;
import agency.suits.testing.events.Published;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RetainerInvoicingTest {

    @Inject
    RetainerService retainers;

    @Inject
    InvoiceService invoices;

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void draftsOneInvoicePerStartedPeriodAndNeverTwice() {
        UUID client = UUID.randomUUID();
        Billing.awaitTeam(client);
        ContractSigned contract = retainer(client, "2026-01-31", "2026-05-15", "1250.50", "EUR", BillingPeriod.MONTHLY);
        Published.event(contract);

        awaitRetainerInvoices(client, LocalDate.of(2026, 3, 10), 2);
        retainers.draftDue(LocalDate.of(2026, 3, 10));
        retainers.draftDue(LocalDate.of(2026, 3, 10));
        List<Map<String, Object>> drafts = retainerInvoices(client);
        assertEquals(List.of("2026-01-31", "2026-02-28"), field(drafts, "periodStart"));
        assertEquals(List.of("2026-02-27", "2026-03-30"), field(drafts, "periodEnd"));

        // later runs add the periods started since, up to the contract's end, whose last period is cut short
        retainers.draftDue(LocalDate.of(2027, 1, 1));
        retainers.draftDue(LocalDate.of(2027, 1, 1));
        drafts = retainerInvoices(client);
        assertEquals(List.of("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"), field(drafts, "periodStart"));
        assertEquals(List.of("2026-02-27", "2026-03-30", "2026-04-29", "2026-05-15"), field(drafts, "periodEnd"));
        for (Map<String, Object> draft : drafts) {
            assertEquals("DRAFT", draft.get("status"));
            assertEquals("RETAINER", draft.get("kind"));
            assertEquals(null, draft.get("jobNumber"));
            assertEquals(null, draft.get("number"));
            assertEquals(contract.contractId().toString(), draft.get("contractId"));
            assertEquals(Map.of("amount", "1250.50", "currency", "EUR"), draft.get("total"));
            assertEquals(Map.of("amount", "1250.50", "currency", "EUR"), draft.get("outstanding"));
        }
        given().header("Authorization", Staff.finance()).when().get("/api/invoices/{id}", drafts.get(3).get("id"))
                .then().statusCode(200)
                .body("lines[0].description", equalTo("Retainer fee, monthly period 2026-04-30 to 2026-05-15"))
                .body("lines[0].amount.amount", equalTo("1250.50"));
    }

    @Test
    void aRetainerInvoiceIsVisibleToTheTeamAndIssuedAndPaidLikeAnyOther() {
        UUID client = UUID.randomUUID();
        Billing.awaitTeam(client);
        Published.event(retainer(client, "2026-01-01", "2026-12-31", "9000.00", "EUR",
                BillingPeriod.QUARTERLY));
        awaitRetainerInvoices(client, LocalDate.of(2026, 5, 1), 2);
        List<Map<String, Object>> drafts = retainerInvoices(client);
        assertEquals(List.of("2026-01-01", "2026-04-01"), field(drafts, "periodStart"));
        assertEquals(List.of("2026-03-31", "2026-06-30"), field(drafts, "periodEnd"));
        String id = (String) drafts.get(0).get("id");

        given().header("Authorization", Staff.executive()).queryParam("clientId", client).when().get("/api/invoices")
                .then().statusCode(200).body("totalItems", equalTo(2));
        given().header("Authorization", Staff.outsider()).when().get("/api/invoices/{id}", id)
                .then().statusCode(404);

        Billing.issue(Billing.approved(id), "1", "2026-01-05").statusCode(200)
                .body("number", matchesPattern("INV-2026-\\d{5}"))
                .body("status", equalTo("ISSUED"))
                .body("jobNumber", nullValue())
                .body("dueOn", equalTo("2026-02-04"));
        Billing.pay(id, "pay-" + UUID.randomUUID(), "4000.01", "EUR").statusCode(201);
        Billing.invoice(id).statusCode(200).body("status", equalTo("PARTIALLY_PAID"))
                .body("outstanding.amount", equalTo("4999.99"));
        // a retainer invoice has no job: the client's receivables show it all the same
        given().header("Authorization", Staff.executive()).queryParam("asOf", "2026-02-20")
                .when().get("/api/billing-summaries/{clientId}", client)
                .then().statusCode(200)
                .body("jobs", hasSize(0))
                .body("receivables", hasSize(1))
                .body("receivables[0].days31to60.amount", equalTo("4999.99"))
                .body("receivables[0].total.amount", equalTo("4999.99"));
        Billing.pay(id, "pay-" + UUID.randomUUID(), "4999.99", "EUR").statusCode(201);
        Billing.invoice(id).statusCode(200).body("status", equalTo("PAID"))
                .body("outstanding.amount", equalTo("0.00"));
    }

    @Test
    void aProjectContractDraftsNoneAndARedeliveredContractChangesNothing() {
        UUID projectClient = UUID.randomUUID();
        Billing.awaitTeam(projectClient);
        Published.event(new ContractSigned(UUID.randomUUID(), projectClient, ContractType.PROJECT,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Money.of("50000.00", "EUR"), null, 2, 30, null,
                UUID.randomUUID(), Instant.now()));
        awaitExecutiveDropped(projectClient);
        retainers.draftDue(LocalDate.of(2027, 1, 1));
        given().header("Authorization", Staff.finance()).queryParam("clientId", projectClient)
                .when().get("/api/invoices").then().statusCode(200).body("totalItems", equalTo(0));

        UUID client = UUID.randomUUID();
        Billing.awaitTeam(client);
        ContractSigned contract = retainer(client, "2026-02-01", "2027-01-31", "333.33", "EUR", BillingPeriod.MONTHLY);
        String envelope = Published.event(contract);
        awaitRetainerInvoices(client, LocalDate.of(2026, 3, 1), 2);
        List<Object> ids = field(retainerInvoices(client), "id");

        // the same event again, and the same contract announced again under a new event id with another fee
        Published.again(contract, envelope);
        Published.event(new ContractSigned(contract.contractId(), client, ContractType.RETAINER,
                contract.startsOn(), contract.endsOn(), contract.value(),
                new RetainerTerms(Money.of("999.99", "EUR"), BillingPeriod.MONTHLY), 2, 30, null, UUID.randomUUID(),
                Instant.now()));
        awaitExecutiveDropped(client);
        retainers.draftDue(LocalDate.of(2026, 3, 1));
        List<Map<String, Object>> drafts = retainerInvoices(client);
        assertEquals(ids, field(drafts, "id"));
        assertEquals(List.of("2026-02-01", "2026-03-01"), field(drafts, "periodStart"));
        drafts.forEach(draft -> assertEquals(Map.of("amount", "333.33", "currency", "EUR"), draft.get("total")));
    }

    @Test
    void theDatabaseRefusesASecondInvoiceForOnePeriod() {
        UUID client = UUID.randomUUID();
        Billing.awaitTeam(client);
        ContractSigned contract = retainer(client, "2026-06-01", "2026-11-30", "100.00", "EUR", BillingPeriod.MONTHLY);
        Published.event(contract);
        awaitRetainerInvoices(client, LocalDate.of(2026, 6, 1), 1);

        RuntimeException refused = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(
                () -> invoices.draftRetainer(client, contract.contractId(), LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 6, 30), "again", Amount.of("100.00", "EUR"), null)));
        assertTrue(mentions(refused, "invoice_retainer_period"), () -> "refused for another reason: " + refused);
        assertEquals(1, retainerInvoices(client).size());
    }

    @Test
    void pausedAndChurnedClientsGetNoRetainerInvoicesUntilTheyAreActiveAgain() {
        UUID client = UUID.randomUUID();
        Billing.awaitTeam(client);
        Published.event(AccountEvents.statusChanged(client, AccountEvents.newClientCode(), ClientStatus.PAUSED));
        Published.event(retainer(client, "2026-01-01", "2026-12-31", "3000.00", "EUR", BillingPeriod.MONTHLY));
        awaitExecutiveDropped(client);
        assertEquals(0, retainers.draftDue(LocalDate.of(2026, 3, 10)));
        Published.event(AccountEvents.statusChanged(client, AccountEvents.newClientCode(), ClientStatus.CHURNED));
        awaitExecutiveBack(client);
        assertEquals(0, retainers.draftDue(LocalDate.of(2026, 3, 10)));
        assertEquals(0, retainerInvoices(client).size());

        Published.event(AccountEvents.statusChanged(client, AccountEvents.newClientCode(), ClientStatus.ACTIVE));
        awaitRetainerInvoices(client, LocalDate.of(2026, 3, 10), 3);
    }

    @Test
    void aVoidedPeriodIsBilledAgainOnlyByAPerson() {
        UUID client = UUID.randomUUID();
        Billing.awaitTeam(client);
        ContractSigned contract = retainer(client, "2026-01-01", "2026-12-31", "2000.00", "EUR",
                BillingPeriod.MONTHLY);
        Published.event(contract);
        awaitRetainerInvoices(client, LocalDate.of(2026, 2, 10), 2);
        String january = (String) retainerInvoices(client).get(0).get("id");
        given().header("Authorization", Staff.finance()).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body("{\"reason\": \"Fee renegotiated\"}")
                .when().post("/api/invoices/{id}/void", january).then().statusCode(200);
        assertEquals(0, retainers.draftDue(LocalDate.of(2026, 2, 10)), "the scheduler leaves a voided period");

        String body = "{\"contractId\": \"" + contract.contractId() + "\", \"periodStart\": \"2026-01-01\"}";
        given().header("Authorization", Staff.as(UUID.randomUUID(), Role.ACCOUNT_COORDINATOR))
                .contentType(ContentType.JSON).body(body).when().post("/api/invoices/retainer-redrafts")
                .then().statusCode(403);
        given().header("Authorization", Staff.executive()).contentType(ContentType.JSON).body(body)
                .when().post("/api/invoices/retainer-redrafts").then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("periodStart", equalTo("2026-01-01"))
                .body("createdBy", equalTo(Staff.EXECUTIVE.toString()))
                .body("total.amount", equalTo("2000.00"));
        given().header("Authorization", Staff.executive()).contentType(ContentType.JSON).body(body)
                .when().post("/api/invoices/retainer-redrafts").then().statusCode(409);
        given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                .body(body.replace("2026-01-01", "2026-01-15")).when().post("/api/invoices/retainer-redrafts")
                .then().statusCode(422);
        assertEquals(3, retainerInvoices(client).size());
    }

    @Test
    void aRetainerClientsJobIsBilledByTheFeeOnceAndNeverByAMilestone() {
        UUID client = UUID.randomUUID();
        Billing.awaitTeam(client);
        Published.event(retainer(client, "2026-01-01", "2026-12-31", "5000.00", "EUR", BillingPeriod.MONTHLY));
        awaitRetainerInvoices(client, LocalDate.of(2026, 1, 10), 1);
        String job = Events.newJobNumber();
        Billing.openBudget(job, client, "8000.00", "EUR");
        String control = Events.newJobNumber();
        UUID projectClient = UUID.randomUUID();
        Billing.openBudget(control, projectClient, "8000.00", "EUR");

        Published.event(JobEvents.creativeApproved(job, client));
        Published.event(JobEvents.creativeApproved(control, projectClient));
        Billing.awaitInvoice(control);
        Billing.pause(Duration.ofSeconds(2));
        given().header("Authorization", Staff.finance()).queryParam("jobNumber", job).when().get("/api/invoices")
                .then().statusCode(200).body("totalItems", equalTo(0));
        assertEquals(1, retainerInvoices(client).size(), "January billed once, by the fee");
    }

    /** The executive back on the team: every event of the client published before it has been handled. */
    private static void awaitExecutiveBack(UUID client) {
        Published.event(AccountEvents.team(client, List.of(
                AccountEvents.member(Staff.EXECUTIVE, AccountRole.ACCOUNT_EXECUTIVE),
                AccountEvents.primarySupervisor(Staff.SUPERVISOR))));
        Instant deadline = Instant.now().plusSeconds(30);
        while (given().header("Authorization", Staff.executive()).when()
                .get("/api/billing-summaries/{client}", client).statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the team change of " + client + " never reached billing");
            }
            Billing.pause(Duration.ofMillis(200));
        }
    }

    private static ContractSigned retainer(UUID client, String startsOn, String endsOn, String fee, String currency,
                                           BillingPeriod period) {
        return new ContractSigned(UUID.randomUUID(), client, ContractType.RETAINER, LocalDate.parse(startsOn),
                LocalDate.parse(endsOn), Money.of("100000.00", currency),
                new RetainerTerms(Money.of(fee, currency), period), 2, 30, null, UUID.randomUUID(), Instant.now());
    }

    /** Runs the job until the contract has reached billing and its first periods are drafted. */
    private void awaitRetainerInvoices(UUID client, LocalDate today, int expected) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (retainerInvoices(client).size() < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the retainer of " + client + " never drafted " + expected + " invoices");
            }
            Billing.pause(Duration.ofMillis(200));
            retainers.draftDue(today);
        }
    }

    /**
     * Events of one client are consumed in order: once a later team change without the executive has arrived, the
     * contract events published before it have been handled.
     */
    private static void awaitExecutiveDropped(UUID client) {
        List<TeamMember> team = List.of(new TeamMember(Staff.SUPERVISOR, AccountRole.ACCOUNT_SUPERVISOR, true));
        Published.event(new AccountTeamChanged(client, team, List.of(),
                List.of(new TeamMember(Staff.EXECUTIVE, AccountRole.ACCOUNT_EXECUTIVE, false)), UUID.randomUUID(),
                Instant.now()));
        Instant deadline = Instant.now().plusSeconds(30);
        while (given().header("Authorization", Staff.executive()).when()
                .get("/api/billing-summaries/{client}", client).statusCode() != 404) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the team change of " + client + " never reached billing");
            }
            Billing.pause(Duration.ofMillis(200));
        }
    }

    private static List<Map<String, Object>> retainerInvoices(UUID client) {
        JsonPath page = given().header("Authorization", Staff.finance()).queryParam("clientId", client)
                .queryParam("kind", "RETAINER").queryParam("size", 100).when().get("/api/invoices")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().sorted(Comparator.comparing(item -> (String) item.get("periodStart"))).toList();
    }

    private static List<Object> field(List<Map<String, Object>> items, String name) {
        return items.stream().map(item -> item.get(name)).toList();
    }

    private static boolean mentions(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
