package agency.suits.billing.invoice;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import agency.suits.security.Role;
import agency.suits.testing.ProblemContent;
import agency.suits.web.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Four eyes on client money: nobody issues an invoice that someone other than its drafter has not approved. */
@QuarkusTest
class InvoiceApprovalTest {

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void aDraftIsNotIssuedUntilSomeoneWhoDidNotDraftItApprovesIt() {
        String id = draftedBy(Staff.supervisor(), "800.00");
        Billing.invoice(id).statusCode(200).body("status", equalTo("DRAFT"))
                .body("createdBy", equalTo(Staff.SUPERVISOR.toString()))
                .body("approvedBy", nullValue())
                .body("allowedActions", equalTo(List.of("approve", "void")));
        Billing.issue(id, "0", null).statusCode(409)
                .body("type", equalTo(ProblemType.CONFLICT.uri()))
                .body("allowedActions", equalTo(List.of("approve", "void")));

        Billing.approve(Staff.executive(), id, "0").statusCode(403)
                .body("detail", equalTo("Only an account supervisor or director approves an invoice"));
        Billing.approve(Staff.finance(), id, "0").statusCode(403);
        Billing.approve(Staff.supervisor(), id, "0").statusCode(403)
                .contentType(startsWith(ProblemContent.MEDIA_TYPE))
                .body("detail", equalTo("Nobody approves an invoice they created themselves"));

        Billing.approve(Staff.secondSupervisor(), id, "0").statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo(Staff.SECOND_SUPERVISOR.toString()))
                .body("approvedAt", notNullValue())
                .body("approvalLevel", equalTo("SUPERVISOR"))
                .body("allowedActions", equalTo(List.of("issue", "void")));
        Billing.approve(Staff.director(), id, "1").statusCode(409);
        Billing.issue(id, "1", "2026-11-02").statusCode(200).body("status", equalTo("ISSUED"))
                .body("approvedBy", equalTo(Staff.SECOND_SUPERVISOR.toString()));
    }

    @Test
    void aSupervisorApprovesUpToTheLimitOfTheCurrencyAndADirectorAboveIt() {
        String atLimit = draftedBy(Staff.executive(), "10000.00");
        Billing.approve(Staff.supervisor(), atLimit, "0").statusCode(200).body("approvalLevel", equalTo("SUPERVISOR"));

        String above = draftedBy(Staff.executive(), "10000.01");
        Billing.approve(Staff.supervisor(), above, "0").statusCode(403)
                .body("detail", equalTo("An invoice of 10000.01 EUR is above the supervisor limit of 10000.00 EUR: "
                        + "an account director approves it"));
        UUID director = UUID.randomUUID();
        Billing.approve(Staff.as(director, Role.ACCOUNT_DIRECTOR), above, "0").statusCode(200)
                .body("approvalLevel", equalTo("DIRECTOR"))
                .body("approvedBy", equalTo(director.toString()));
    }

    @Test
    void inACurrencyWithoutASupervisorLimitOnlyADirectorApproves() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "100000.00", "CHF");
        Billing.cost(job, "5000.00", "CHF").statusCode(201);
        String id = Billing.draftTimeAndMaterials(job).statusCode(201).extract().path("id");
        Billing.approve(Staff.supervisor(), id, "0").statusCode(403)
                .body("detail", equalTo("An invoice of 5000.00 CHF is above the supervisor limit (none for CHF): "
                        + "an account director approves it"));
        Billing.approve(Staff.director(), id, "0").statusCode(200).body("approvalLevel", equalTo("DIRECTOR"));
    }

    @Test
    void coordinatorsDraftNothingThatMovesMoney() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "1000.00", "EUR");
        Billing.cost(job, "10.00", "EUR").statusCode(201);
        String coordinator = Staff.as(UUID.randomUUID(), Role.ACCOUNT_COORDINATOR);
        String refusal = "Account coordinators do not draft payables, change orders or invoices";
        given().header("Authorization", coordinator).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\"}").when().post("/api/invoices")
                .then().statusCode(403).body("detail", equalTo(refusal));
        given().header("Authorization", coordinator).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\", \"vendorName\": \"PrintCo\", \"description\": \"Posters\", "
                        + "\"amount\": {\"amount\": \"100.00\", \"currency\": \"EUR\"}}")
                .when().post("/api/payables").then().statusCode(403).body("detail", equalTo(refusal));
        given().header("Authorization", coordinator).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\", \"reason\": \"More posters\", "
                        + "\"amount\": {\"amount\": \"100.00\", \"currency\": \"EUR\"}}")
                .when().post("/api/change-orders").then().statusCode(403).body("detail", equalTo(refusal));
        Billing.budget(job).statusCode(200).body("committed.amount", equalTo("0.00"));
    }

    private static String draftedBy(String token, String amount) {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "100000.00", "EUR");
        Billing.cost(job, amount, "EUR").statusCode(201);
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\"}").when().post("/api/invoices")
                .then().statusCode(201).extract().path("id");
    }
}
