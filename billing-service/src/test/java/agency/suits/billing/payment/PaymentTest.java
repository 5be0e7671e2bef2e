package agency.suits.billing.payment;

import agency.suits.billing.Billing;
import agency.suits.billing.Staff;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.billing.PaymentReceived;
import agency.suits.testing.ProblemContent;
import agency.suits.testing.TopicProbe;
import agency.suits.web.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class PaymentTest {

    private static final String RECEIVED = EventType.forPayload(PaymentReceived.class).type();

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void aPartialThenAFullPaymentSettleTheInvoiceToTheCent() {
        String id = issued("1000.00");
        try (TopicProbe probe = TopicProbe.watching(Topics.BILLING)) {
            String first = Billing.pay(id, "pay-" + UUID.randomUUID(), "400.01", "EUR").statusCode(201)
                    .body("amount.amount", equalTo("400.01"))
                    .body("outstandingAfter.amount", equalTo("599.99"))
                    .body("invoiceStatusAfter", equalTo("PARTIALLY_PAID"))
                    .extract().path("id");
            JsonNode event = probe.awaitEvent(RECEIVED, e -> first.equals(e.path("data").path("paymentId").asText()),
                    Duration.ofSeconds(20));
            assertEquals("400.01", event.path("data").path("amount").path("amount").asText());
            assertEquals("599.99", event.path("data").path("outstanding").path("amount").asText());
            assertEquals(id, event.path("subject").asText());
        }
        Billing.invoice(id).statusCode(200).body("status", equalTo("PARTIALLY_PAID"))
                .body("paid.amount", equalTo("400.01")).body("outstanding.amount", equalTo("599.99"));

        Billing.pay(id, "pay-" + UUID.randomUUID(), "599.991", "EUR").statusCode(422)
                .body("detail", equalTo("EUR has 2 minor units; 599.991 has more decimals"));
        Billing.pay(id, "pay-" + UUID.randomUUID(), "600.00", "EUR").statusCode(422)
                .body("type", equalTo(ProblemType.UNPROCESSABLE.uri()))
                .body("detail", equalTo("A payment of 600.00 EUR is more than the 599.99 EUR outstanding"));
        Billing.pay(id, "pay-" + UUID.randomUUID(), "100.00", "USD").statusCode(422)
                .body("detail", equalTo("The invoice is in EUR; a payment in USD cannot settle it"));
        Billing.pay(id, "pay-" + UUID.randomUUID(), "599.99", "EUR").statusCode(201)
                .body("outstandingAfter.amount", equalTo("0.00"))
                .body("invoiceStatusAfter", equalTo("PAID"));

        Billing.invoice(id).statusCode(200).body("status", equalTo("PAID"))
                .body("paid.amount", equalTo("1000.00")).body("outstanding.amount", equalTo("0.00"));
        given().header("Authorization", Staff.executive()).when().get("/api/invoices/{id}/payments", id)
                .then().statusCode(200).body("items", hasSize(2)).body("items[1].amount.amount", equalTo("599.99"));
        Billing.pay(id, "pay-" + UUID.randomUUID(), "0.01", "EUR").statusCode(409)
                .body("type", equalTo(ProblemType.CONFLICT.uri()));
        given().header("Authorization", Staff.finance()).header("If-Match", "\"4\"")
                .contentType(ContentType.JSON).body("{\"reason\": \"Too late\"}")
                .when().post("/api/invoices/{id}/void", id)
                .then().statusCode(409).body("detail", equalTo("Invoice " + id + " is PAID and cannot be voided"));
    }

    @Test
    void aRetryGetsTheFirstAnswerAndTheSameKeyWithAnotherBodyIsRefused() {
        String id = issued("300.00");
        String key = "pay-" + UUID.randomUUID();
        String first = Billing.pay(id, key, "100", "EUR").statusCode(201).extract().asString();
        String again = Billing.pay(id, key, "100.00", "EUR").statusCode(201).extract().asString();
        assertEquals(first, again);
        Billing.pay(id, key, "150.00", "EUR").statusCode(422)
                .contentType(startsWith(ProblemContent.MEDIA_TYPE))
                .body("detail", equalTo("Idempotency-Key " + key + " was used for a different payment request"));
        Billing.invoice(id).statusCode(200).body("paid.amount", equalTo("100.00"));
    }

    @Test
    void fiveConcurrentPostsWithOneKeyRecordOnePayment() throws Exception {
        String id = issued("1000.00");
        String key = "pay-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ExtractableResponse<Response>>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                Callable<ExtractableResponse<Response>> post = () -> {
                    start.await();
                    return Billing.pay(id, key, "250.00", "EUR").extract();
                };
                results.add(pool.submit(post));
            }
            start.countDown();
            Set<String> paymentIds = new HashSet<>();
            for (Future<ExtractableResponse<Response>> result : results) {
                ExtractableResponse<Response> response = result.get();
                assertEquals(201, response.statusCode(), response.asString());
                paymentIds.add(response.path("id"));
            }
            assertEquals(1, paymentIds.size(), "every retry answers the one payment");
        } finally {
            pool.shutdownNow();
        }
        given().header("Authorization", Staff.finance()).when().get("/api/invoices/{id}/payments", id)
                .then().statusCode(200).body("items", hasSize(1));
        Billing.invoice(id).statusCode(200).body("paid.amount", equalTo("250.00"))
                .body("outstanding.amount", equalTo("750.00"));
    }

    @Test
    void badPaymentRequestsAreProblems() {
        String id = Billing.timeAndMaterialsInvoice("50.00");
        Billing.pay(id, null, "10.00", "EUR").statusCode(400)
                .contentType(startsWith(ProblemContent.MEDIA_TYPE))
                .body("type", equalTo(ProblemType.INVALID_PARAMETER.uri()))
                .body("detail",
                        equalTo("The Idempotency-Key header is required: one key per payment, reused on retries"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].message", equalTo("is required: one key per payment, reused on retries"));
        Billing.pay(id, "   ", "10.00", "EUR").statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        Billing.pay(id, "k".repeat(101), "10.00", "EUR").statusCode(400)
                .body("type", equalTo(ProblemType.INVALID_PARAMETER.uri()))
                .body("detail", equalTo("The Idempotency-Key header must be at most 100 characters"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        Billing.pay(id, "pay-" + UUID.randomUUID(), "10.00", "EUR").statusCode(409)
                .body("detail", equalTo("Invoice " + id + " is DRAFT and takes no payment"));
        Billing.pay(UUID.randomUUID().toString(), "pay-" + UUID.randomUUID(), "10.00", "EUR").statusCode(404)
                .body("type", equalTo(ProblemType.NOT_FOUND.uri()));
        given().header("Authorization", Staff.supervisor()).header("Idempotency-Key", "k")
                .contentType(ContentType.JSON).body("{\"amount\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}, "
                        + "\"receivedOn\": \"2026-11-20\"}")
                .when().post("/api/invoices/{id}/payments", id)
                .then().statusCode(403).body("detail", equalTo("Only finance may record payments"));
        given().header("Authorization", Staff.finance()).header("Idempotency-Key", "k")
                .contentType(ContentType.JSON).body("{\"amount\": {\"amount\": 1.0, \"currency\": \"EUR\"}, "
                        + "\"receivedOn\": \"2026-11-20\"}")
                .when().post("/api/invoices/{id}/payments", id)
                .then().statusCode(400).body("type", equalTo(ProblemType.INVALID_BODY.uri()));
        given().header("Authorization", Staff.finance()).header("Idempotency-Key", "k")
                .contentType(ContentType.JSON).body("{\"amount\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}, "
                        + "\"receivedOn\": \"20 Nov\"}")
                .when().post("/api/invoices/{id}/payments", id)
                .then().statusCode(400).contentType(startsWith(ProblemContent.MEDIA_TYPE));
    }

    private static String issued(String total) {
        String id = Billing.timeAndMaterialsInvoice(total);
        Billing.issue(Billing.approved(id), "1", "2026-11-02").statusCode(200);
        return id;
    }
}
