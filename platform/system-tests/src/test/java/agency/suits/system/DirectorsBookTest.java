package agency.suits.system;

import agency.suits.localstack.StackApp;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/book} through the gateway with the services behind it running: a submitted brief shows in the
 * account's jobs (creative) and budgets (billing) beside its health and contract (clients), for its supervisor and
 * the director, and a stopped billing-service leaves the book partial rather than failing it.
 */
class DirectorsBookTest {

    private final SystemStack stack = SystemStack.shared();

    @Test
    void aSubmittedJobReachesTheBookFromEveryServiceAndAStoppedServiceLeavesItPartial() {
        Account account = Account.onboard(stack, 2);
        Job job = account.logJobRequest("3000.00").writeApprovedBrief("3000.00");
        job.submitBrief();
        String at = "accounts.find { it.clientId == '" + account.clientId + "' }";
        Eventually.until("the job in creative's and billing's parts of the director's book", () -> {
            JsonPath book = book(account.director);
            return book.get(at) != null && Integer.valueOf(1).equals(book.get(at + ".jobs.openJobs"))
                    && !book.getList(at + ".money.budgets").isEmpty();
        });

        JsonPath book = book(account.director);
        assertEquals(false, book.getBoolean("partial"), book.prettify());
        assertEquals("ACTIVE", book.getString(at + ".status"));
        assertEquals(account.supervisor.id().toString(), book.getString(at + ".primarySupervisor.staffId"));
        assertTrue(book.get(at + ".contract.contractId") != null, book.prettify());
        assertEquals(Map.of("clientId", account.clientId.toString(), "openJobs", 1, "roundsUsed", 1,
                "roundsIncluded", 2, "jobsOverRounds", 0), book.getMap(at + ".jobs"));
        assertEquals("3000.00", book.getString(at + ".money.budgets[0].budget.amount"));
        assertEquals(job.jobNumber, book.getString(at + ".money.budgets[0].mostBurntJob"));

        List<String> supervisors = book(account.supervisor).getList("accounts.clientId");
        assertTrue(supervisors.contains(account.clientId.toString()), supervisors.toString());
        account.executive.request().get("/api/book").then().statusCode(403);

        AppNode billing = stack.first(StackApp.BILLING);
        try {
            billing.kill();
            JsonPath partial = book(account.director);
            assertEquals(true, partial.getBoolean("partial"), partial.prettify());
            assertEquals(List.of("billing-service"), partial.getList("unavailable.service"));
            assertNull(partial.get(at + ".money"));
            assertEquals(1, partial.getInt(at + ".jobs.openJobs"));
        } finally {
            billing.restartIfDown();
        }
    }

    private static JsonPath book(Person person) {
        return person.request().get("/api/book").then().statusCode(200).extract().jsonPath();
    }
}
