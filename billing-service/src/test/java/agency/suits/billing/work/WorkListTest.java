package agency.suits.billing.work;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import agency.suits.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code GET /api/me/work} of billing-service: money waits for those who may act on it now, and only them. */
@QuarkusTest
class WorkListTest {

    static final String WORK = "/api/me/work";

    @BeforeAll
    static void init() {
        Billing.init();
    }

    /** The caller's kinds of item about {@code link}: the test staff are shared by every billing test. */
    private static List<String> kinds(String token, String link) {
        return given().header("Authorization", token).when().get(WORK).then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.link == '" + link + "' }.kind");
    }

    @Test
    void aPayableWaitsForApproversWithinItsLevelWhoDidNotCreateItThenForFinanceUntilReleased() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "20000.00", "EUR");
        String small = "/api/payables/" + payable(Staff.supervisor(), job, "5000.00");
        String large = "/api/payables/" + payable(Staff.executive(), job, "5000.01");
        String director = Staff.director();

        assertEquals(List.of(), kinds(Staff.supervisor(), small), "its creator");
        assertEquals(List.of("PAYABLE_TO_APPROVE"), kinds(Staff.secondSupervisor(), small));
        assertEquals(List.of("PAYABLE_TO_APPROVE"), kinds(director, small));
        assertEquals(List.of(), kinds(Staff.outsider(), small), "a supervisor of another team");
        assertEquals(List.of(), kinds(Staff.executive(), small));
        assertEquals(List.of(), kinds(Staff.secondSupervisor(), large), "above the supervisor limit");
        given().header("Authorization", director).when().get(WORK).then().statusCode(200)
                .body("items.find { it.link == '" + large + "' }.kind", equalTo("PAYABLE_TO_APPROVE"))
                .body("items.find { it.link == '" + large + "' }.clientId", equalTo(client.toString()))
                .body("items.find { it.link == '" + large + "' }.subject",
                        equalTo(job + " Studio Foto, 5000.01 EUR"));
        String finance = Staff.finance();
        assertEquals(List.of(), kinds(finance, small), "nothing to release before approval");

        act(small, "approve", Staff.secondSupervisor(), "0").statusCode(200);

        assertEquals(List.of(), kinds(Staff.secondSupervisor(), small));
        assertEquals(List.of("PAYABLE_TO_RELEASE"), kinds(finance, small));

        act(small, "release", finance, "1").statusCode(200);

        assertEquals(List.of(), kinds(finance, small));
    }

    @Test
    void aDraftedInvoiceWaitsForApprovalThenForFinanceToIssueIt() {
        String id = Billing.timeAndMaterialsInvoice("2000.00");
        String link = "/api/invoices/" + id;

        assertEquals(List.of("INVOICE_TO_APPROVE"), kinds(Staff.supervisor(), link));
        assertEquals(List.of(), kinds(Staff.executive(), link), "its drafter");
        assertEquals(List.of(), kinds(Staff.finance(), link));

        Billing.approve(Staff.supervisor(), id, "0").statusCode(200);

        assertEquals(List.of(), kinds(Staff.supervisor(), link));
        assertEquals(List.of("INVOICE_TO_ISSUE"), kinds(Staff.finance(), link));

        Billing.issue(id, "1", null).statusCode(200);

        assertEquals(List.of(), kinds(Staff.finance(), link));
    }

    @Test
    void estimatesAndChangeOrdersWaitForASupervisorOrDirectorWhoDidNotWriteThem() {
        String job = Events.newJobNumber();
        Billing.openBudget(job, UUID.randomUUID(), "10000.00", "EUR");
        String estimate = "/api/estimates/" + given().header("Authorization", Staff.supervisor())
                .contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\", \"pricedOn\": \"2026-11-01\", \"lines\": [{\"kind\":"
                        + " \"VENDOR_COST\", \"description\": \"Print run\", \"vendorName\": \"PrintCo\","
                        + " \"cost\": {\"amount\": \"2500\", \"currency\": \"EUR\"}}]}")
                .when().post("/api/estimates").then().statusCode(201).extract().path("id");
        String order = "/api/change-orders/" + given().header("Authorization", Staff.executive())
                .contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\", \"reason\": \"Two more formats\", \"amount\": {\"amount\":"
                        + " \"800.00\", \"currency\": \"EUR\"}}")
                .when().post("/api/change-orders").then().statusCode(201).extract().path("id");

        assertEquals(List.of(), kinds(Staff.supervisor(), estimate), "its author");
        assertEquals(List.of("ESTIMATE_TO_APPROVE"), kinds(Staff.secondSupervisor(), estimate));
        assertEquals(List.of("CHANGE_ORDER_TO_APPROVE"), kinds(Staff.supervisor(), order));
        assertEquals(List.of(), kinds(Staff.executive(), order));

        given().header("Authorization", Staff.supervisor()).header("If-Match", "\"0\"")
                .when().post(order + "/approve").then().statusCode(200);

        assertEquals(List.of(), kinds(Staff.supervisor(), order));
    }

    @Test
    void theCreativeDepartmentAndTrafficHaveNoMoneyWorkAndAreNotRefused() {
        for (Role role : List.of(Role.CREATIVE, Role.CREATIVE_DIRECTOR, Role.TRAFFIC)) {
            given().header("Authorization", Staff.as(UUID.randomUUID(), role)).when().get(WORK).then()
                    .statusCode(200).body("items", empty());
        }
    }

    private static String payable(String token, String job, String amount) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\", \"vendorName\": \"Studio Foto\", \"description\": "
                        + "\"Product shoot\", \"amount\": {\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}}")
                .when().post("/api/payables").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse act(String link, String action, String token, String version) {
        return given().header("Authorization", token).header("If-Match", "\"" + version + "\"")
                .when().post(link + "/" + action).then();
    }
}
