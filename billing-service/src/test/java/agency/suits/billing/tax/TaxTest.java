package agency.suits.billing.tax;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.billing.InvoiceIssued;
import agency.suits.testing.TopicProbe;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Invoices carry the client's tax: per line its rate and share, per rate net, tax and gross, rounded once. */
@QuarkusTest
class TaxTest {

    private static final String ISSUED = EventType.forPayload(InvoiceIssued.class).type();

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void anInvoiceWithTwoTaxRatesCarriesNetTaxAndGrossPerRate() {
        rate(Staff.finance(), "NL", "STANDARD", "21").statusCode(201).body("percent", equalTo("21.00"));
        rate(Staff.finance(), "NL", "REDUCED", "9").statusCode(201);
        rate(Staff.finance(), "NL", "REDUCED", "6").statusCode(409);
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "10000.00", "EUR");
        treatment(client, "NL", "STANDARD", null).statusCode(201).body("treatment", equalTo("STANDARD"));
        Billing.rateCard(Staff.supervisor(), "ACCOUNT_EXECUTIVE", client, "95.00", "EUR",
                LocalDate.of(2020, 1, 1), null).statusCode(201);
        Billing.time(job, "ACCOUNT_EXECUTIVE", LocalDate.of(2026, 11, 3), "2.5").statusCode(201);
        Billing.cost(job, "33.33", "EUR").statusCode(201).body("taxCategory", equalTo("STANDARD"));
        cost(job, "100.01", "REDUCED").statusCode(201).body("taxCategory", equalTo("REDUCED"));

        String id = Billing.draftTimeAndMaterials(job).statusCode(201)
                .body("taxTreatment", equalTo("STANDARD"))
                .body("lines[0].amount.amount", equalTo("237.50"))
                .body("lines[0].taxPercent", equalTo("21.00"))
                .body("lines[0].tax.amount", equalTo("49.87"))
                .body("lines[1].amount.amount", equalTo("33.33"))
                .body("lines[1].tax.amount", equalTo("7.00"))
                .body("lines[2].taxCategory", equalTo("REDUCED"))
                .body("lines[2].taxPercent", equalTo("9.00"))
                .body("lines[2].tax.amount", equalTo("9.00"))
                .body("taxes", hasSize(2))
                .body("taxes[0].category", equalTo("STANDARD"))
                .body("taxes[0].net.amount", equalTo("270.83"))
                .body("taxes[0].tax.amount", equalTo("56.87"))
                .body("taxes[0].gross.amount", equalTo("327.70"))
                .body("taxes[1].category", equalTo("REDUCED"))
                .body("taxes[1].net.amount", equalTo("100.01"))
                .body("taxes[1].tax.amount", equalTo("9.00"))
                .body("taxes[1].gross.amount", equalTo("109.01"))
                .body("net.amount", equalTo("370.84"))
                .body("tax.amount", equalTo("65.87"))
                .body("total.amount", equalTo("436.71"))
                .body("reverseChargeNote", nullValue())
                .extract().path("id");

        Billing.approved(id);
        try (TopicProbe probe = TopicProbe.watching(Topics.BILLING)) {
            Billing.issue(id, "1", "2026-11-05").statusCode(200).body("outstanding.amount", equalTo("436.71"));
            JsonNode event = probe.awaitEvent(ISSUED, e -> id.equals(e.path("subject").asText()),
                    Duration.ofSeconds(20)).path("data");
            assertEquals("436.71", event.path("total").path("amount").asText());
            assertEquals("370.84", event.path("net").path("amount").asText());
            assertEquals("65.87", event.path("tax").path("amount").asText());
        }
        given().header("Authorization", Staff.finance()).queryParam("asOf", "2026-11-06")
                .when().get("/api/billing-summaries/{clientId}", client).then().statusCode(200)
                .body("invoiced[0].currency", equalTo("EUR"))
                .body("invoiced[0].net.amount", equalTo("370.84"))
                .body("invoiced[0].tax.amount", equalTo("65.87"))
                .body("invoiced[0].gross.amount", equalTo("436.71"))
                .body("receivables[0].total.amount", equalTo("436.71"));
    }

    @Test
    void aReverseChargeInvoiceChargesNoTaxAndSaysWhoAccountsForIt() {
        rate(Staff.finance(), "BE", "STANDARD", "21").statusCode(201);
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "10000.00", "EUR");
        treatment(client, "BE", "REVERSE_CHARGE", null).statusCode(422)
                .body("detail", containsString("vatId is required"));
        treatment(client, "BE", "REVERSE_CHARGE", "BE0123456789").statusCode(201)
                .body("vatId", equalTo("BE0123456789"));
        Billing.cost(job, "1000.00", "EUR").statusCode(201);

        Billing.draftTimeAndMaterials(job).statusCode(201)
                .body("taxTreatment", equalTo("REVERSE_CHARGE"))
                .body("vatId", equalTo("BE0123456789"))
                .body("reverseChargeNote",
                        equalTo("Reverse charge: VAT to be accounted for by the customer (VAT id BE0123456789)"))
                .body("lines[0].taxCategory", equalTo("REVERSE_CHARGE"))
                .body("lines[0].taxPercent", equalTo("0.00"))
                .body("lines[0].tax.amount", equalTo("0.00"))
                .body("taxes[0].category", equalTo("REVERSE_CHARGE"))
                .body("taxes[0].gross.amount", equalTo("1000.00"))
                .body("net.amount", equalTo("1000.00"))
                .body("tax.amount", equalTo("0.00"))
                .body("total.amount", equalTo("1000.00"));
    }

    @Test
    void onlyFinanceSetsTaxAndAMissingRateIsNamed() {
        rate(Staff.supervisor(), "LU", "STANDARD", "17").statusCode(403)
                .body("detail", equalTo("Only finance or an admin sets tax rates and clients' tax treatments"));
        rate(Staff.finance(), "LU", "EXEMPT", "0").statusCode(422);
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "10000.00", "EUR");
        treatment(client, "LU", "STANDARD", null).statusCode(201);
        Billing.cost(job, "10.00", "EUR").statusCode(201);
        Billing.draftTimeAndMaterials(job).statusCode(422)
                .body("detail", containsString("No STANDARD tax rate is set for LU on "));
    }

    private static ValidatableResponse rate(String token, String country, String category, String percent) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"country\": \"" + country + "\", \"category\": \"" + category + "\", \"percent\": \""
                        + percent + "\", \"effectiveFrom\": \"2020-01-01\"}")
                .when().post("/api/invoices/tax-rates").then();
    }

    private static ValidatableResponse treatment(UUID client, String country, String treatment, String vatId) {
        return given().header("Authorization", Staff.finance()).contentType(ContentType.JSON)
                .body("{\"clientId\": \"" + client + "\", \"country\": \"" + country + "\", \"treatment\": \""
                        + treatment + "\", \"vatId\": " + (vatId == null ? "null" : "\"" + vatId + "\"")
                        + ", \"effectiveFrom\": \"2020-01-01\"}")
                .when().post("/api/invoices/tax-treatments").then();
    }

    private static ValidatableResponse cost(String job, String amount, String category) {
        return given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\", \"vendorName\": \"PrintCo\", \"description\": \"Brochures\", "
                        + "\"amount\": {\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}, "
                        + "\"incurredOn\": \"2026-11-20\", \"taxCategory\": \"" + category + "\"}")
                .when().post("/api/cost-entries").then();
    }
}
