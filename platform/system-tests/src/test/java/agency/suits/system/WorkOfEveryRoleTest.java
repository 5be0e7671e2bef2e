package agency.suits.system;

import agency.suits.localstack.StackApp;
import agency.suits.security.Role;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code GET /api/me/work} for every role of the agency, after each step of the walk-through's story
 * (docs/walkthrough.sh): at every point exactly the people who must act have an item about the client, with the
 * kind of action it needs, and everyone else has none. With briefs-service stopped, everybody still gets an answer,
 * marked partial.
 */
class WorkOfEveryRoleTest {

    private final SystemStack stack = SystemStack.shared();

    @Test
    void eachStepOfTheFlowWaitsForExactlyThePeopleWhoMustAct() {
        Account account = Account.onboard(stack, 2);
        Person coordinator = Person.of(stack, Role.ACCOUNT_COORDINATOR);
        account.putOnTeam(coordinator, "ACCOUNT_COORDINATOR");
        Map<String, Person> cast = new LinkedHashMap<>();
        cast.put("supervisor", account.supervisor);
        cast.put("executive", account.executive);
        cast.put("planner", account.planner);
        cast.put("coordinator", coordinator);
        cast.put("creative director", account.creativeDirector);
        cast.put("creative", account.creative);
        cast.put("finance", account.finance);
        cast.put("director", account.director);
        cast.put("traffic", Person.of(stack, Role.TRAFFIC));
        cast.put("admin", Person.of(stack, Role.ADMIN));
        Work work = new Work(account, cast);

        Job job = account.logJobRequest("25000.00");
        work.expect("a job request logged", Map.of(
                "supervisor", "JOB_REQUEST_WITHOUT_BRIEF", "executive", "JOB_REQUEST_WITHOUT_BRIEF"));
        job.startBrief("25000.00");
        work.expect("the brief started without the planner's sections", Map.of(
                "planner", "BRIEF_SECTIONS_TO_WRITE"));
        job.writePlannerSections();
        work.expect("the brief complete", Map.of(
                "supervisor", "BRIEF_TO_APPROVE", "director", "BRIEF_TO_APPROVE"));
        job.approveBrief();
        work.expect("the brief approved", Map.of());
        job.submitBrief();
        job.assignCreative();
        work.expect("the creative job assigned", Map.of());

        String version = job.addWorkVersion();
        work.expect("a work version in round 1", Map.of("creative director", "INTERNAL_REVIEW"));
        work.partialWithout(StackApp.BRIEFS, "briefs-service", Map.of("creative director", "INTERNAL_REVIEW"));
        job.reviewInternally();
        work.expect("the internal review passed", Map.of("planner", "STRATEGY_CHECK"));
        job.checkStrategy();
        work.expect("on strategy", Map.of("supervisor", "PRESENTATION", "executive", "PRESENTATION"));
        job.present(version);
        work.expect("presented", Map.of("supervisor", "FEEDBACK_TO_RECORD", "executive", "FEEDBACK_TO_RECORD"));
        job.recordFeedback("CHANGES_REQUESTED");
        work.expect("changes requested: the next version is the creatives' to make", Map.of());

        job.round("APPROVED");
        // the milestone invoice billing drafts on CreativeApproved: 25,000 EUR is above the supervisor invoice limit
        work.expect("the work approved", Map.of("director", "INVOICE_TO_APPROVE"));
        String invoiceId = (String) job.invoices("MILESTONE").get(0).get("id");
        var approved = job.approveInvoice(invoiceId);
        work.expect("the invoice approved", Map.of("finance", "INVOICE_TO_ISSUE"));
        job.issueApproved(invoiceId, approved);
        work.expect("the invoice issued", Map.of());
    }

    /** Everyone's work list, narrowed to the account's client. */
    private record Work(Account account, Map<String, Person> cast) {

        /** Waits until each person's items about the client are of exactly the kinds given (none if not named). */
        void expect(String after, Map<String, String> kinds) {
            Map<String, List<String>> expected = everyoneWith(kinds);
            Eventually.until("each role's work as expected after " + after, () -> {
                assertEquals(expected, everyone(false), "after " + after);
                return true;
            });
        }

        /** With that service stopped, every person still gets their list, partial, naming the service. */
        void partialWithout(StackApp app, String service, Map<String, String> kinds) {
            AppNode node = account.stack.first(app);
            try {
                node.kill();
                assertEquals(everyoneWith(kinds), everyone(true), "with " + service + " stopped");
                for (Person person : cast.values()) {
                    assertEquals(List.of(service), work(person).getList("unavailable.service"), person.role().name());
                }
            } finally {
                node.restartIfDown();
            }
        }

        private Map<String, List<String>> everyoneWith(Map<String, String> kinds) {
            Map<String, List<String>> expected = new LinkedHashMap<>();
            cast.keySet().forEach(who -> expected.put(who,
                    kinds.containsKey(who) ? List.of(kinds.get(who)) : List.of()));
            return expected;
        }

        private Map<String, List<String>> everyone(boolean partial) {
            Map<String, List<String>> actual = new LinkedHashMap<>();
            cast.forEach((who, person) -> {
                JsonPath list = work(person);
                assertEquals(partial, list.getBoolean("partial"), who + ": " + list.prettify());
                actual.put(who, list.getList("items.findAll { it.clientId == '" + account.clientId + "' }.kind"));
            });
            return actual;
        }

        private static JsonPath work(Person person) {
            return person.request().get("/api/me/work").then().statusCode(200).extract().jsonPath();
        }
    }
}
