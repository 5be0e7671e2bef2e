package agency.suits.billing.retainer;

import agency.suits.billing.Billing;
import agency.suits.billing.Staff;
import agency.suits.events.Money;
import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.AccountTeamChanged;
import agency.suits.events.clients.BillingPeriod;
import agency.suits.events.clients.ContractSigned;
import agency.suits.events.clients.ContractTerminated;
import agency.suits.events.clients.ContractType;
import agency.suits.events.clients.RetainerTerms;
import agency.suits.events.clients.TeamMember;
import agency.suits.testing.events.Published;
import io.quarkus.test.junit.QuarkusTest;
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
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A retainer ended early stops drafting: no period starts after its new last day. */
@QuarkusTest
class RetainerTerminationTest {

    private static final LocalDate STARTS = LocalDate.of(2026, 1, 1);

    @Inject
    RetainerService retainers;

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void aTerminatedRetainerDraftsNoPeriodAfterItsNewLastDay() {
        UUID client = UUID.randomUUID();
        Billing.awaitTeam(client);
        UUID contract = UUID.randomUUID();
        Published.event(new ContractSigned(contract, client, ContractType.RETAINER, STARTS, LocalDate.of(2026, 12, 31),
                Money.of("36000.00", "EUR"), new RetainerTerms(Money.of("3000.00", "EUR"), BillingPeriod.MONTHLY), 2,
                30, null, UUID.randomUUID(), Instant.now()));
        awaitInvoices(client, STARTS, 1);

        Published.event(new ContractTerminated(contract, client, ContractType.RETAINER, STARTS,
                LocalDate.of(2026, 3, 15), LocalDate.of(2026, 12, 31), "The client moved agencies", UUID.randomUUID(),
                Instant.now()));
        awaitLaterEventOf(client);
        retainers.draftDue(LocalDate.of(2027, 1, 1));

        List<Map<String, Object>> drafts = invoices(client);
        assertEquals(List.of("2026-01-01", "2026-02-01", "2026-03-01"),
                drafts.stream().map(d -> d.get("periodStart")).toList());
        assertEquals("2026-03-15", drafts.get(2).get("periodEnd"), "the last period ends on the new last day");
    }

    /** Events of one client are consumed in order: a later team change seen means the termination was handled. */
    private static void awaitLaterEventOf(UUID client) {
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

    private void awaitInvoices(UUID client, LocalDate today, int expected) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (invoices(client).size() < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the retainer of " + client + " never drafted " + expected + " invoices");
            }
            Billing.pause(Duration.ofMillis(200));
            retainers.draftDue(today);
        }
    }

    private static List<Map<String, Object>> invoices(UUID client) {
        List<Map<String, Object>> items = given().header("Authorization", Staff.finance())
                .queryParam("clientId", client).queryParam("kind", "RETAINER").queryParam("size", 100)
                .when().get("/api/invoices").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().sorted(Comparator.comparing(item -> (String) item.get("periodStart"))).toList();
    }
}
