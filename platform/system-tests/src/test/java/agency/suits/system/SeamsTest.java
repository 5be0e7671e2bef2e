package agency.suits.system;

import agency.suits.localstack.StackApp;
import agency.suits.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The defects that live between services, each driven through the gateway as the people would meet it. */
class SeamsTest {

    private final SystemStack stack = SystemStack.shared();

    @Test
    void aClientAtRiskStillGetsItsWorkSubmitted() {
        Account wobbly = Account.onboard(stack, 2);
        Job job = wobbly.logJobRequest("5000.00");
        job.writeApprovedBrief("5000.00");
        wobbly.moveTo("AT_RISK");
        // briefs-service learns the status from suits.clients; a team change after it (same client, same partition)
        // is applied after it, so once the newcomer sees the job, the copy holds AT_RISK
        Person newcomer = Person.of(stack, Role.ACCOUNT_COORDINATOR);
        wobbly.putOnTeam(newcomer, "ACCOUNT_COORDINATOR");
        Eventually.until("briefs-service knowing the client is at risk", () -> newcomer.request()
                .get("/api/job-requests/{id}", job.jobRequestId).statusCode() == 200);

        job.submitBrief().then().body("status", equalTo("SUBMITTED"));
        job.creativeJob();
        job.budget();
    }

    @Test
    void aWithdrawnAndResubmittedBriefReopensItsCreativeJob() {
        Account acme = Account.onboard(stack, 2);
        Job job = acme.logJobRequest("5000.00");
        job.writeApprovedBrief("5000.00").submitBrief();
        job.creativeJob();

        job.withdrawBrief("The client moved the launch");
        Eventually.until("the creative job cancelled", () -> "CANCELLED".equals(job.creativeStatus()));
        job.writePlannerSections();
        job.approveBrief();
        job.submitBrief();

        Eventually.until("the creative job open again", () -> "IN_WORK".equals(job.creativeStatus()));
        job.assignCreative();
        job.round("APPROVED").then().body("status", equalTo("APPROVED"));
        Eventually.until("the job completed in briefs", () -> "COMPLETED".equals(job.jobStatus()));
    }

    /**
     * With no rounds included, RevisionLimitExceeded is published as the job opens, and billing reads it from
     * suits.creative while the budget comes from suits.briefs: after a restart the two channels drain in any order.
     * Whatever the order, the change order and the milestone invoice are both drafted, once.
     */
    @Test
    void billingDraftsWhatDependsOnABudgetWhicheverTopicItReadsFirst() {
        Account acme = Account.onboard(stack, 0);
        AppNode billing = stack.first(StackApp.BILLING);
        billing.kill();
        List<Job> jobs = List.of(acme.logJobRequest("3000.00"), acme.logJobRequest("3000.00"),
                acme.logJobRequest("3000.00"));
        try {
            for (Job job : jobs) {
                job.writeApprovedBrief("3000.00").submitBrief();
                job.assignCreative();
                job.round("APPROVED");
            }
        } finally {
            billing.restartIfDown();
        }
        for (Job job : jobs) {
            Eventually.until("a change order for " + job.jobNumber, () -> job.changeOrders().size() == 1);
            Eventually.until("a milestone invoice for " + job.jobNumber,
                    () -> job.invoices("MILESTONE").size() == 1);
        }
        Pause.of(Duration.ofSeconds(3));
        for (Job job : jobs) {
            assertEquals(1, job.changeOrders().size(), "one change order for " + job.jobNumber);
            assertEquals(1, job.invoices("MILESTONE").size(), "one milestone invoice for " + job.jobNumber);
        }
    }
}
