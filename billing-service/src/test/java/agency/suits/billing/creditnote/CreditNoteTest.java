package agency.suits.billing.creditnote;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A paid or issued invoice is corrected only by a credit note; money back to the client is a refund, once per key. */
@QuarkusTest
class CreditNoteTest {

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void aPartialCreditNoteIsApprovedByFourEyesNumberedInItsOwnSeriesAndReducesWhatIsOutstanding() {
        String invoice = issuedInvoice("237.50", "100.00");
        Billing.pay(invoice, "pay-" + UUID.randomUUID(), "100.00", "EUR").statusCode(201);

        String note = draft(Staff.executive(), invoice, List.of(2)).statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("number", nullValue())
                .body("lines", hasSize(1))
                .body("lines[0].invoiceLinePosition", equalTo(2))
                .body("lines[0].amount.amount", equalTo("100.00"))
                .body("total.amount", equalTo("100.00"))
                .extract().path("id");
        draft(Staff.executive(), invoice, List.of(2)).statusCode(422)
                .body("errors[0].field", equalTo("linePositions[0]"))
                .body("detail", containsString("is credited already"));
        draft(Staff.executive(), invoice, List.of(3)).statusCode(422);

        act(Staff.executive(), note, "approve", "0").statusCode(403);
        act(Staff.supervisor(), note, "issue", "0").statusCode(403)
                .body("detail", equalTo("Only finance may issue invoices"));
        act(Staff.finance(), note, "issue", "0").statusCode(409);
        act(Staff.supervisor(), note, "approve", "0").statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo(Staff.SUPERVISOR.toString()))
                .body("approvalLevel", equalTo("SUPERVISOR"));
        String first = act(Staff.finance(), note, "issue", "1").statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("number", matchesPattern("CN-\\d{4}-\\d{5}"))
                .extract().path("number");

        Billing.invoice(invoice).statusCode(200)
                .body("total.amount", equalTo("337.50"))
                .body("paid.amount", equalTo("100.00"))
                .body("credited.amount", equalTo("100.00"))
                .body("outstanding.amount", equalTo("137.50"))
                .body("creditBalance.amount", equalTo("0.00"))
                .body("status", equalTo("PARTIALLY_PAID"));
        Billing.pay(invoice, "pay-" + UUID.randomUUID(), "137.51", "EUR").statusCode(422);
        String client = Billing.invoice(invoice).extract().path("clientId");
        given().header("Authorization", Staff.finance()).when().get("/api/billing-summaries/{id}", client)
                .then().statusCode(200)
                .body("invoiced[0].gross.amount", equalTo("337.50"))
                .body("invoiced[0].credited.amount", equalTo("100.00"))
                .body("receivables[0].total.amount", equalTo("137.50"));

        String other = issuedInvoice("50.00", "10.00");
        String whole = draft(Staff.executive(), other, null).statusCode(201)
                .body("lines", hasSize(2)).body("total.amount", equalTo("60.00")).extract().path("id");
        act(Staff.secondSupervisor(), whole, "approve", "0").statusCode(200);
        String second = act(Staff.finance(), whole, "issue", "1").statusCode(200).extract().path("number");
        assertEquals(sequence(first) + 1, sequence(second), first + " then " + second);
        Billing.invoice(other).statusCode(200).body("status", equalTo("PAID"))
                .body("outstanding.amount", equalTo("0.00"));
    }

    @Test
    void aRefundOfACreditBalanceRetriedWithOneKeyIsRecordedOnce() {
        String invoice = issuedInvoice("200.00", "100.00");
        Billing.pay(invoice, "pay-" + UUID.randomUUID(), "300.00", "EUR").statusCode(201)
                .body("invoiceStatusAfter", equalTo("PAID"));
        refund(invoice, "refund-" + UUID.randomUUID(), "1.00").statusCode(422)
                .body("detail", containsString("credit balance of 0.00 EUR"));
        String note = draft(Staff.executive(), invoice, List.of(1)).statusCode(201).extract().path("id");
        act(Staff.supervisor(), note, "approve", "0").statusCode(200);
        act(Staff.finance(), note, "issue", "1").statusCode(200);
        Billing.invoice(invoice).statusCode(200).body("creditBalance.amount", equalTo("200.00"));

        String key = "refund-" + UUID.randomUUID();
        String id = refund(invoice, key, "120.00").statusCode(201)
                .body("kind", equalTo("REFUND"))
                .body("amount.amount", equalTo("120.00"))
                .body("creditBalanceAfter.amount", equalTo("80.00"))
                .extract().path("id");
        refund(invoice, key, "120.00").statusCode(201).body("id", equalTo(id))
                .body("creditBalanceAfter.amount", equalTo("80.00"));
        refund(invoice, key, "20.00").statusCode(422)
                .body("detail", containsString("was used for a different"));
        Billing.invoice(invoice).statusCode(200)
                .body("refunded.amount", equalTo("120.00"))
                .body("creditBalance.amount", equalTo("80.00"));
        refund(invoice, "refund-" + UUID.randomUUID(), "80.01").statusCode(422);
        given().header("Authorization", Staff.finance()).when().get("/api/invoices/{id}/payments", invoice)
                .then().statusCode(200).body("items", hasSize(2)).body("items[1].kind", equalTo("REFUND"));
    }

    /** An issued invoice of a time line (2.5 h at {@code hours} / 2.5) and a cost line. */
    private static String issuedInvoice(String timeValue, String cost) {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "100000.00", "EUR");
        String rate = new java.math.BigDecimal(timeValue).divide(new java.math.BigDecimal("2.5")).setScale(2)
                .toPlainString();
        Billing.rateCard(Staff.supervisor(), "ACCOUNT_PLANNER", client, rate, "EUR", LocalDate.of(2020, 1, 1), null)
                .statusCode(201);
        Billing.time(job, "ACCOUNT_PLANNER", LocalDate.of(2026, 11, 3), "2.5").statusCode(201);
        Billing.cost(job, cost, "EUR").statusCode(201);
        String id = Billing.draftTimeAndMaterials(job).statusCode(201).extract().path("id");
        Billing.issue(Billing.approved(id), "1", "2026-11-04").statusCode(200);
        return id;
    }

    private static ValidatableResponse draft(String token, String invoice, List<Integer> positions) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"invoiceId\": \"" + invoice + "\", \"reason\": \"Print run cancelled\", \"linePositions\": "
                        + (positions == null ? "null" : positions.toString()) + "}")
                .when().post("/api/invoices/credit-notes").then();
    }

    private static ValidatableResponse act(String token, String note, String action, String version) {
        return given().header("Authorization", token).header("If-Match", "\"" + version + "\"")
                .when().post("/api/invoices/credit-notes/{id}/" + action, note).then();
    }

    private static ValidatableResponse refund(String invoice, String key, String amount) {
        return given().header("Authorization", Staff.finance()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body("{\"amount\": {\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}, "
                        + "\"paidOn\": \"2026-11-20\"}")
                .when().post("/api/invoices/{id}/refunds", invoice).then();
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }
}
