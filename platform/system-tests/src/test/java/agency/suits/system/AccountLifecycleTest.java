package agency.suits.system;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The agency's whole flow through the gateway, service after service, as the walk-through tells it and more. */
class AccountLifecycleTest {

    private final SystemStack stack = SystemStack.shared();

    @Test
    void aJobGoesFromAProjectClientThroughRoundsOverTheLimitToAPaidInvoice() {
        Account acme = Account.onboard(stack, 2);
        Job job = acme.logJobRequest("25000.00");
        job.writeApprovedBrief("25000.00").submitBrief();
        assertEquals("SUBMITTED", job.jobStatus());

        job.assignCreative();
        job.round("CHANGES_REQUESTED");
        job.round("CHANGES_REQUESTED");
        job.round("APPROVED").then().body("status", equalTo("APPROVED"));
        Eventually.until("the job completed in briefs", () -> "COMPLETED".equals(job.jobStatus()));

        // the third round was beyond the two the contract includes: billing drafted the change order itself
        Map<String, Object> changeOrder = Eventually.value("a change order for the extra round",
                () -> job.changeOrders().stream().findFirst().orElse(null));
        assertEquals("2500.00", ((Map<?, ?>) changeOrder.get("amount")).get("amount"));
        // and the milestone invoice when the client approved the work
        Map<String, Object> invoice = Eventually.value("a milestone invoice",
                () -> job.invoices("MILESTONE").stream().findFirst().orElse(null));
        assertEquals("25000.00", ((Map<?, ?>) invoice.get("total")).get("amount"));

        String invoiceId = (String) invoice.get("id");
        job.issue(invoiceId);
        String key = "payment-" + UUID.randomUUID();
        Response paid = job.pay(invoiceId, "10000.00", key);
        paid.then().statusCode(201).body("outstandingAfter.amount", equalTo("15000.00"));
        Response retried = job.pay(invoiceId, "10000.00", key);
        retried.then().statusCode(201).body("id", equalTo(paid.path("id")));
        List<Object> payments = acme.finance.request().get("/api/invoices/{id}/payments", invoiceId).then()
                .statusCode(200).extract().path("items.id");
        assertEquals(1, payments.size(), "a retried payment is recorded once");
        acme.finance.request().get("/api/invoices/{id}", invoiceId).then().statusCode(200)
                .body("status", equalTo("PARTIALLY_PAID")).body("outstanding.amount", equalTo("15000.00"));

        // the requested changes count against the client's relationship health
        Eventually.until("the health signal of the requested changes", () -> acme.executive.request()
                .get("/api/clients/{id}/health", acme.clientId).then().statusCode(200).extract()
                .<List<String>>path("signals.signal").contains("CHANGES_REQUESTED"));
    }

    @Test
    void estimatesTimeAndPayablesKeepAJobsMoneyStraight() {
        Account acme = Account.onboard(stack, 2);
        Job job = acme.logJobRequest("1000.00");
        job.writeApprovedBrief("1000.00").submitBrief();
        job.budget().then().body("basis", equalTo("PROVISIONAL")).body("budget.amount", equalTo("1000.00"));

        acme.priceHours("ACCOUNT_EXECUTIVE", "100.00");
        job.visibleInBillingTo(acme.executive);
        String estimate = acme.executive.request().body(Map.of("jobNumber", job.jobNumber, "lines", List.of(
                        Map.of("kind", "ROLE_HOURS", "description", "Account work", "role", "ACCOUNT_EXECUTIVE",
                                "hours", "8"),
                        Map.of("kind", "VENDOR_COST", "description", "Stock photography", "vendorName", "Pictures Ltd",
                                "cost", Account.money("400.00")))))
                .post("/api/estimates").then().statusCode(201).body("total.amount", equalTo("1200.00"))
                .extract().path("id");
        Response drafted = acme.supervisor.request().get("/api/estimates/{id}", estimate);
        acme.supervisor.request().header("If-Match", drafted.header("ETag"))
                .post("/api/estimates/{id}/approve", estimate).then().statusCode(200);
        Eventually.until("the estimate being the budget", () -> "1200.00".equals(job.budget().path("budget.amount")));

        job.logHours("8.5");
        job.logHours("4");
        job.budget().then().body("actuals.amount", equalTo("1250.00")).body("burnPercent", hasToString("104.17"));
        Eventually.until("the budget overrun in the client's health", () -> acme.executive.request()
                .get("/api/clients/{id}/health", acme.clientId).then().statusCode(200).extract()
                .<List<String>>path("signals.signal").contains("BUDGET_OVERRUN"));

        String payable = acme.executive.request().body(Map.of("jobNumber", job.jobNumber, "vendorName", "Print Co",
                        "description", "Large-format prints", "amount", Account.money("6000.00")))
                .post("/api/payables").then().statusCode(201).extract().path("id");
        Response draft = acme.supervisor.request().get("/api/payables/{id}", payable);
        acme.supervisor.request().header("If-Match", draft.header("ETag")).post("/api/payables/{id}/approve", payable)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("A payable of 6000.00 EUR is above the supervisor limit of 5000.00 EUR: "
                        + "an account director approves it"));
        acme.director.request().header("If-Match", draft.header("ETag")).post("/api/payables/{id}/approve", payable)
                .then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("requiredApproval", equalTo("DIRECTOR"));
        Response approved = acme.finance.request().get("/api/payables/{id}", payable);
        acme.finance.request().header("If-Match", approved.header("ETag")).post("/api/payables/{id}/release", payable)
                .then().statusCode(200).body("status", equalTo("RELEASED"));
        job.budget().then().body("actuals.amount", equalTo("7250.00")).body("committed.amount", equalTo("0.00"));
    }

    @Test
    void aRetainerClientGetsOneInvoiceForEachPeriodThatHasStarted() {
        Account retained = Account.register(stack);
        retained.signRetainerContract("8000.00");
        retained.moveTo("ACTIVE");

        List<Map<String, Object>> drafted = Eventually.value("the first period's retainer invoice", () -> {
            List<Map<String, Object>> invoices = retainerInvoices(retained);
            return invoices.isEmpty() ? null : invoices;
        });
        Pause.of(Duration.ofSeconds(8));
        assertEquals(1, retainerInvoices(retained).size(), "the scheduler ran again and drafted nothing twice");
        assertEquals("8000.00", ((Map<?, ?>) drafted.get(0).get("total")).get("amount"));
    }

    private static List<Map<String, Object>> retainerInvoices(Account account) {
        return account.finance.request().queryParam("clientId", account.clientId).queryParam("kind", "RETAINER")
                .get("/api/invoices").then().statusCode(200).extract().path("items");
    }
}
