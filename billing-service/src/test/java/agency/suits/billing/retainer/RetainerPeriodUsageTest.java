package agency.suits.billing.retainer;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import agency.suits.events.Money;
import agency.suits.events.clients.BillingPeriod;
import agency.suits.events.clients.ContractSigned;
import agency.suits.events.clients.ContractType;
import agency.suits.events.clients.RetainerTerms;
import agency.suits.testing.events.Published;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** A retainer's hours against its fee, period by period: over-servicing shows. */
@QuarkusTest
class RetainerPeriodUsageTest {

    @Inject
    RetainerService retainers;

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void aRetainerPeriodOverServicedAndOneWithin() {
        // the periods are the ones started by the agency's real today: two finished, the third current
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate start = today.withDayOfMonth(1).minusMonths(2);
        UUID client = UUID.randomUUID();
        String job = Events.newJobNumber();
        String dollars = Events.newJobNumber();
        Billing.openBudget(job, client, "20000.00", "EUR");
        Billing.openBudget(dollars, client, "20000.00", "USD");
        ContractSigned contract = new ContractSigned(UUID.randomUUID(), client, ContractType.RETAINER, start,
                start.plusYears(1).minusDays(1), Money.of("12000.00", "EUR"),
                new RetainerTerms(Money.of("1000.00", "EUR"), BillingPeriod.MONTHLY), 2, 30, null, UUID.randomUUID(),
                Instant.now());
        Published.event(contract);
        given().header("Authorization", Staff.finance()).contentType(ContentType.JSON)
                .body("{\"role\": \"ACCOUNT_PLANNER\", \"clientId\": \"" + client + "\", \"hourlyRate\": {\"amount\": "
                        + "\"120.00\", \"currency\": \"EUR\"}, \"effectiveFrom\": \"2020-01-01\", \"effectiveTo\": "
                        + "null, \"costRate\": {\"amount\": \"55.55\", \"currency\": \"EUR\"}}")
                .when().post("/api/rate-cards").then().statusCode(201);
        // first period: 4 h + 5 h sell 1080.00 against the fee of 1000.00 and cost 222.20 + 277.75
        Billing.time(job, "ACCOUNT_PLANNER", start, "4").statusCode(201);
        Billing.time(job, "ACCOUNT_PLANNER", start.plusMonths(1).minusDays(1), "5").statusCode(201);
        // second period: 2.5 h sell 300.00 and cost 138.875 -> 138.88 (half-even)
        Billing.time(job, "ACCOUNT_PLANNER", start.plusMonths(1), "2.5").statusCode(201);
        // hours in another currency than the fee are not set against it
        given().header("Authorization", Staff.finance()).contentType(ContentType.JSON)
                .body("{\"role\": \"ACCOUNT_EXECUTIVE\", \"clientId\": \"" + client + "\", \"hourlyRate\": "
                        + "{\"amount\": \"150.00\", \"currency\": \"USD\"}, \"effectiveFrom\": \"2020-01-01\", "
                        + "\"effectiveTo\": null}")
                .when().post("/api/rate-cards").then().statusCode(201);
        Billing.time(dollars, "ACCOUNT_EXECUTIVE", start, "3").statusCode(201);
        awaitPeriods(client, 3);
        // the first two periods billed (drafted), the current one not yet
        retainers.draftDue(start.plusMonths(1));

        given().header("Authorization", Staff.supervisor()).when().get("/api/clients/{client}/retainer-periods", client)
                .then().statusCode(200)
                .body("clientId", equalTo(client.toString()))
                .body("periods", hasSize(3))
                .body("periods[0].contractId", equalTo(contract.contractId().toString()))
                .body("periods[0].periodStart", equalTo(start.toString()))
                .body("periods[0].periodEnd", equalTo(start.plusMonths(1).minusDays(1).toString()))
                .body("periods[0].current", equalTo(false))
                .body("periods[0].invoiceId", notNullValue())
                .body("periods[0].fee.amount", equalTo("1000.00"))
                .body("periods[0].hours", equalTo("9.00"))
                .body("periods[0].value.amount", equalTo("1080.00"))
                .body("periods[0].cost.amount", equalTo("499.95"))
                .body("periods[0].margin.amount", equalTo("500.05"))
                .body("periods[0].usedPercent", equalTo("108.00"))
                .body("periods[0].overServiced", equalTo(true))
                .body("periods[0].overServicedBy.amount", equalTo("80.00"))
                .body("periods[1].periodStart", equalTo(start.plusMonths(1).toString()))
                .body("periods[1].invoiceId", notNullValue())
                .body("periods[1].hours", equalTo("2.50"))
                .body("periods[1].value.amount", equalTo("300.00"))
                .body("periods[1].cost.amount", equalTo("138.88"))
                .body("periods[1].usedPercent", equalTo("30.00"))
                .body("periods[1].overServiced", equalTo(false))
                .body("periods[1].overServicedBy.amount", equalTo("0.00"))
                .body("periods[2].periodStart", equalTo(start.plusMonths(2).toString()))
                .body("periods[2].current", equalTo(true))
                .body("periods[2].invoiceId", nullValue())
                .body("periods[2].hours", equalTo("0.00"))
                .body("periods[2].usedPercent", equalTo("0.00"))
                .body("periods[2].overServiced", equalTo(false));
    }

    @Test
    void aClientsMarginCountsItsIssuedRetainerFeesInTheTotalAndInNoJob() {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(1);
        UUID client = UUID.randomUUID();
        String job = Events.newJobNumber();
        Billing.openBudget(job, client, "20000.00", "EUR");
        Published.event(new ContractSigned(UUID.randomUUID(), client, ContractType.RETAINER, start,
                start.plusYears(1).minusDays(1), Money.of("12000.00", "EUR"),
                new RetainerTerms(Money.of("1000.00", "EUR"), BillingPeriod.MONTHLY), 2, 30, null, UUID.randomUUID(),
                Instant.now()));
        awaitPeriods(client, 2);
        retainers.draftDue(start);
        String fee = given().header("Authorization", Staff.finance()).when()
                .get("/api/clients/{client}/retainer-periods", client).then().statusCode(200)
                .extract().path("periods[0].invoiceId");
        Billing.issue(Billing.approved(fee), "1", start.toString()).statusCode(200);
        Billing.cost(job, "250.50", "EUR").statusCode(201);

        given().header("Authorization", Staff.director()).when().get("/api/clients/{client}/margin", client)
                .then().statusCode(200)
                .body("totals", hasSize(1))
                .body("totals[0].invoiced.amount", equalTo("1000.00"))
                .body("totals[0].retainerFees.amount", equalTo("1000.00"))
                .body("totals[0].billable.amount", equalTo("250.50"))
                .body("totals[0].revenue.amount", equalTo("1250.50"))
                .body("totals[0].cost.amount", equalTo("250.50"))
                .body("totals[0].margin.amount", equalTo("1000.00"))
                .body("totals[0].marginPercent", equalTo("79.97"))
                .body("jobs", hasSize(1))
                .body("jobs[0].invoiced.amount", equalTo("0.00"))
                .body("jobs[0].margin.amount", equalTo("0.00"));
    }

    @Test
    void onlySupervisorsDirectorsAndFinanceOfTheClientSeeThePeriods() {
        UUID client = UUID.randomUUID();
        Billing.awaitTeam(client);
        given().header("Authorization", Staff.executive()).when().get("/api/clients/{client}/retainer-periods", client)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("Only account supervisors, directors and finance see cost rates and margins"));
        given().header("Authorization", Staff.outsider()).when().get("/api/clients/{client}/retainer-periods", client)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Client " + client + " does not exist"));
        // a client without a retainer contract has no periods
        given().header("Authorization", Staff.secondSupervisor()).when()
                .get("/api/clients/{client}/retainer-periods", client)
                .then().statusCode(200).body("periods", hasSize(0));
    }

    /** Waits until the contract has reached billing: its started periods show. */
    private static void awaitPeriods(UUID client, int expected) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (given().header("Authorization", Staff.finance()).when()
                .get("/api/clients/{client}/retainer-periods", client).then().extract()
                .<List<Object>>path("periods").size() < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the retainer of " + client + " never reached billing");
            }
            Billing.pause(Duration.ofMillis(200));
        }
    }
}
