package agency.suits.billing.ratecard;

import agency.suits.billing.Billing;
import agency.suits.billing.Staff;
import agency.suits.testing.ProblemContent;
import agency.suits.web.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class RateCardTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void aSupervisorOnTheTeamSetsAClientsRateAndOnlyTheTeamReadsIt() {
        UUID client = UUID.randomUUID();
        Billing.awaitTeam(client);
        String id = Billing.rateCard(Staff.supervisor(), "ACCOUNT_EXECUTIVE", client, "112.5", "EUR", JAN, null)
                .statusCode(201)
                .header("Location", containsString("/api/rate-cards/"))
                .body("role", equalTo("ACCOUNT_EXECUTIVE"))
                .body("clientId", equalTo(client.toString()))
                .body("hourlyRate.amount", equalTo("112.50"))
                .body("hourlyRate.currency", equalTo("EUR"))
                .body("effectiveFrom", equalTo("2026-01-01"))
                .extract().path("id");

        given().header("Authorization", Staff.executive()).when().get("/api/rate-cards/{id}", id)
                .then().statusCode(200).body("hourlyRate.amount", equalTo("112.50"));
        given().header("Authorization", Staff.executive()).queryParam("clientId", client.toString())
                .when().get("/api/rate-cards")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        given().header("Authorization", Staff.outsider()).when().get("/api/rate-cards/{id}", id)
                .then().statusCode(404).body("type", equalTo(ProblemType.NOT_FOUND.uri()));
        given().header("Authorization", Staff.outsider()).queryParam("clientId", client.toString())
                .when().get("/api/rate-cards")
                .then().statusCode(200).body("totalItems", equalTo(0));
        Billing.rateCard(Staff.outsider(), "CREATIVE", client, "80.00", "EUR", JAN, null)
                .statusCode(404).body("type", equalTo(ProblemType.NOT_FOUND.uri()));
    }

    @Test
    void refusesASecondCardForTheSameRoleClientAndDates() {
        UUID client = UUID.randomUUID();
        Billing.rateCard(Staff.director(), "CREATIVE", client, "90.00", "EUR", JAN, LocalDate.of(2026, 6, 30))
                .statusCode(201);
        Billing.rateCard(Staff.finance(), "CREATIVE", client, "95.00", "EUR", LocalDate.of(2026, 6, 30), null)
                .statusCode(409).contentType(startsWith(ProblemContent.MEDIA_TYPE))
                .body("type", equalTo(ProblemType.CONFLICT.uri()))
                .body("detail", containsString("already prices CREATIVE for client " + client));
        Billing.rateCard(Staff.finance(), "CREATIVE", client, "95.00", "EUR", LocalDate.of(2026, 7, 1), null)
                .statusCode(201);
    }

    @Test
    void refusesBadRatesAsProblems() {
        UUID client = UUID.randomUUID();
        Billing.rateCard(Staff.finance(), "CREATIVE", client, "10.005", "EUR", JAN, null)
                .statusCode(422).contentType(startsWith(ProblemContent.MEDIA_TYPE))
                .body("detail", equalTo("EUR has 2 minor units; 10.005 has more decimals"));
        Billing.rateCard(Staff.finance(), "CREATIVE", client, "0.00", "EUR", JAN, null)
                .statusCode(422).body("detail", equalTo("An hourly rate is more than zero"));
        Billing.rateCard(Staff.finance(), "CREATIVE", client, "10.00", "EUR", JAN, JAN.minusDays(1))
                .statusCode(422).body("detail", containsString("is before effectiveFrom"));
        Billing.rateCard(Staff.finance(), "CREATIVE", client, "10.00", "EUX", JAN, null)
                .statusCode(422).body("detail", equalTo("'EUX' is not an ISO 4217 currency code"));
        Billing.rateCard(Staff.finance(), "JANITOR", client, "10.00", "EUR", JAN, null)
                .statusCode(400).body("type", equalTo(ProblemType.INVALID_BODY.uri()));
        Billing.rateCard(Staff.finance(), "CREATIVE", client, "ten", "EUR", JAN, null)
                .statusCode(400).body("type", equalTo(ProblemType.CONSTRAINT_VIOLATION.uri()))
                .body("errors[0].field", containsString("amount"));
        given().header("Authorization", Staff.supervisor()).contentType(ContentType.JSON)
                .body("{\"role\": \"CREATIVE\", \"clientId\": null, \"hourlyRate\": {\"amount\": 10.1, "
                        + "\"currency\": \"EUR\"}, \"effectiveFrom\": \"2026-01-01\", \"effectiveTo\": null}")
                .when().post("/api/rate-cards")
                .then().statusCode(400).body("type", equalTo(ProblemType.INVALID_BODY.uri()));
        given().header("Authorization", Staff.supervisor()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/rate-cards")
                .then().statusCode(400).body("type", equalTo(ProblemType.CONSTRAINT_VIOLATION.uri()));
        given().header("Authorization", Staff.supervisor()).when().get("/api/rate-cards/{id}", "nope")
                .then().statusCode(400).contentType(startsWith(ProblemContent.MEDIA_TYPE));
        given().header("Authorization", Staff.supervisor()).when().get("/api/rate-cards/{id}", UUID.randomUUID())
                .then().statusCode(404).body("type", equalTo(ProblemType.NOT_FOUND.uri()));
    }

    @Test
    void onlySupervisorsDirectorsAndFinanceSetRatesAndCreativesSeeNone() {
        Billing.rateCard(Staff.executive(), "CREATIVE", UUID.randomUUID(), "10.00", "EUR", JAN, null)
                .statusCode(403).body("detail", equalTo("Only account supervisors, directors and finance set rates"));
        given().header("Authorization", Staff.creative()).when().get("/api/rate-cards")
                .then().statusCode(403).contentType(startsWith(ProblemContent.MEDIA_TYPE));
    }
}
