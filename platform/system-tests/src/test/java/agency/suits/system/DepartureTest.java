package agency.suits.system;

import agency.suits.security.Role;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person who leaves the agency: the ADMIN marks them inactive in the staff directory (clients-service), they lose
 * every team place there, and within seconds billing, briefs and creative, which know the teams from
 * AccountTeamChanged, no longer show them the account's work. Their token is still valid; only the teams decide.
 */
class DepartureTest {

    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(10);

    private final SystemStack stack = SystemStack.shared();

    @Test
    void anExecutiveWhoLeavesLosesTheAccountInEveryServiceWithinSeconds() {
        Account account = Account.onboard(stack, 2);
        Job job = account.logJobRequest("4000.00").writeApprovedBrief("4000.00");
        job.submitBrief();
        job.budget();
        String creativeJob = job.creativeJob().toString();
        Person executive = account.executive;
        job.visibleInBillingTo(executive);
        executive.request().get("/api/job-requests/{id}", job.jobRequestId).then().statusCode(200);
        executive.request().get("/api/creative-jobs/{id}", creativeJob).then().statusCode(200);

        Person admin = Person.of(stack, Role.ADMIN);
        Response entry = admin.request().get("/api/staff/{id}", executive.id());
        entry.then().statusCode(200).body("active", equalTo(true));
        admin.request().header("If-Match", entry.header("ETag")).body(Map.of("active", false))
                .post("/api/staff/{id}/status", executive.id()).then().statusCode(200).body("active", equalTo(false));
        List<String> team = account.supervisor.request().get("/api/clients/{c}/team", account.clientId).then()
                .statusCode(200).extract().path("members.staffId");
        assertTrue(!team.contains(executive.id().toString()), "off the team in clients-service at once: " + team);

        Eventually.until("billing no longer showing the job to the executive who left", WITHIN_SECONDS,
                () -> executive.request().get("/api/jobs/{n}/budget", job.jobNumber).statusCode() == 404);
        Eventually.until("briefs no longer showing the job request", WITHIN_SECONDS,
                () -> executive.request().get("/api/job-requests/{id}", job.jobRequestId).statusCode() == 404);
        Eventually.until("creative no longer showing the creative job", WITHIN_SECONDS,
                () -> executive.request().get("/api/creative-jobs/{id}", creativeJob).statusCode() == 404);
        executive.request().body(Map.of("personId", executive.id(), "role", "ACCOUNT_EXECUTIVE",
                        "jobNumber", job.jobNumber, "workDate", LocalDate.now().toString(), "hours", "1"))
                .post("/api/time-entries").then().statusCode(404);
    }
}
