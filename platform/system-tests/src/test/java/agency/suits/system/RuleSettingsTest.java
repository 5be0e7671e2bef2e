package agency.suits.system;

import agency.suits.security.Role;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An ADMIN changes a rule that another service applies: the payment terms, kept in clients-service's configuration
 * API and applied by billing-service from RuleSettingChanged. The stack is shared, so the terms go back to the
 * configured 30 days before the test ends.
 */
class RuleSettingsTest {

    private static final String TERMS = "/api/rule-settings/PAYMENT_TERMS_DAYS";

    private final SystemStack stack = SystemStack.shared();

    @Test
    void paymentTermsAnAdminChangesInClientsServiceDateTheInvoicesBillingIssues() {
        Account account = Account.onboard(stack, 2);
        account.priceHours("ACCOUNT_EXECUTIVE", "100.00");
        Job job = account.logJobRequest("4000.00").writeApprovedBrief("4000.00");
        job.submitBrief();
        job.budget();
        job.logHours("2");
        Person admin = Person.of(stack, Role.ADMIN);
        try {
            admin.request().body(Map.of("value", "45", "reason", "Clients asked for longer terms"))
                    .post(TERMS + "/changes").then().statusCode(201).body("value", equalTo("45"));
            admin.request().get(TERMS).then().statusCode(200).body("inForce.value", equalTo("45"))
                    .body("appliedBy", equalTo("billing-service"));
            // billing applies a clients event within tens of milliseconds (docs/benchmarks.md); nothing it shows
            // tells that it has, so the invoice is issued after a margin that is a hundred times that
            Pause.of(Duration.ofSeconds(3));
            String invoice = account.executive.request().body(Map.of("jobNumber", job.jobNumber))
                    .post("/api/invoices").then().statusCode(201).extract().path("id");
            Response issued = job.issue(invoice);
            assertEquals(45, ChronoUnit.DAYS.between(LocalDate.parse(issued.path("issuedOn")),
                    LocalDate.parse(issued.path("dueOn"))), "due on the terms the admin set");
        } finally {
            admin.request().body(Map.of("value", "30", "reason", "Back to the agency's terms"))
                    .post(TERMS + "/changes").then().statusCode(201);
        }
    }
}
