package agency.suits.system;

import agency.suits.localstack.StackApp;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Services SIGKILLed at the worst moments: nothing they committed is lost, nothing is applied twice. */
class ProcessCrashTest {

    private final SystemStack stack = SystemStack.shared();
    private final Ledger ledger = new Ledger(stack);

    @Test
    void aConsumingServiceKilledMidBurstAppliesEverythingOnceAfterItsRestart() {
        Account acme = Account.onboard(stack, 2);
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            jobs.add(acme.logJobRequest("1200.00").writeApprovedBrief("1200.00"));
        }
        AppNode billing = stack.first(StackApp.BILLING);
        try {
            for (int i = 0; i < jobs.size(); i++) {
                jobs.get(i).submitBrief();
                if (i == 2) {
                    billing.kill();
                }
            }
        } finally {
            billing.restartIfDown();
        }
        for (Job job : jobs) {
            job.budget();
            assertEquals(1, ledger.count(StackApp.BILLING, "select count(*) from job_budget where job_number = ?",
                    job.jobNumber), "one budget for " + job.jobNumber);
        }
    }

    @Test
    void aPublishingServiceKilledRightAfterItsCommitsStillAnnouncesThemOnce() {
        Account acme = Account.onboard(stack, 2);
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            jobs.add(acme.logJobRequest("1300.00").writeApprovedBrief("1300.00"));
        }
        AppNode briefs = stack.first(StackApp.BRIEFS);
        try {
            for (Job job : jobs) {
                job.submitBrief();
            }
            // the answers are in, the relay may not have published yet: the commits are all there is
            briefs.kill();
        } finally {
            briefs.restartIfDown();
        }
        for (Job job : jobs) {
            job.creativeJob();
            job.budget();
            assertEquals(1, ledger.count(StackApp.CREATIVE, "select count(*) from creative_job where job_number = ?",
                    job.jobNumber), "one creative job for " + job.jobNumber);
            assertEquals(1, ledger.count(StackApp.BILLING, "select count(*) from job_budget where job_number = ?",
                    job.jobNumber), "one budget for " + job.jobNumber);
        }
    }
}
