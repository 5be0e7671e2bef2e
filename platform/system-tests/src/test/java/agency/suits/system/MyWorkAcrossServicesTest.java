package agency.suits.system;

import agency.suits.localstack.StackApp;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/me/work} through the gateway, with the services behind it running: an item appears for the person
 * who must act, goes when they have, and a stopped service makes the answer partial rather than an error.
 */
class MyWorkAcrossServicesTest {

    private final SystemStack stack = SystemStack.shared();

    @Test
    void aJobRequestWaitsForItsBriefUntilWrittenAndAStoppedServiceLeavesTheRestOfTheList() {
        Account account = Account.onboard(stack, 2);
        Job request = account.logJobRequest("3000.00");
        String link = "/api/job-requests/" + request.jobRequestId;
        Eventually.until("the job request in the executive's work", () -> links(account.executive).contains(link));
        JsonPath whole = work(account.executive);
        assertEquals(false, whole.getBoolean("partial"), whole.prettify());
        Map<String, Object> item = whole.getMap("items.find { it.link == '" + link + "' }");
        assertEquals("JOB_REQUEST_WITHOUT_BRIEF", item.get("kind"));
        assertEquals(account.clientId.toString(), item.get("clientId"));
        assertTrue(!links(account.planner).contains(link), "the planner writes no brief from a request");

        AppNode billing = stack.first(StackApp.BILLING);
        try {
            billing.kill();
            JsonPath partial = work(account.executive);
            assertEquals(true, partial.getBoolean("partial"), partial.prettify());
            assertEquals(List.of("billing-service"), partial.getList("unavailable.service"));
            assertTrue(partial.getList("items.link").contains(link), partial.prettify());
        } finally {
            billing.restartIfDown();
        }

        request.writeApprovedBrief("3000.00");
        Eventually.until("the job request gone from the executive's work once briefed",
                () -> !links(account.executive).contains(link));
        assertEquals(false, work(account.executive).getBoolean("partial"));
    }

    private static JsonPath work(Person person) {
        return person.request().get("/api/me/work").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> links(Person person) {
        return work(person).getList("items.link");
    }
}
