package agency.suits.system;

import agency.suits.localstack.StackApp;
import agency.suits.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of every service on the same databases and consumer groups, each behind a gateway of its own, the
 * writes of one account alternating between them: no effect doubled, nothing lost, and never two relays of one
 * service publishing at once.
 */
class TwoInstancesTest {

    /** RELAY_LOCK of platform/messaging's RelayLeadership, as PostgreSQL shows a bigint advisory lock. */
    private static final String RELAY_LOCK_HOLDERS = "select count(*) from pg_locks where locktype = 'advisory' "
            + "and classid = 5 and objid = 24447756 and granted "
            + "and database = (select oid from pg_database where datname = current_database())";

    private final SystemStack stack = SystemStack.shared();
    private final Ledger ledger = new Ledger(stack);

    @AfterEach
    void backToOneInstance() {
        stack.stopSecondInstances();
    }

    @Test
    void noEffectIsDoubledNothingIsLostAndOneRelayPublishesAtATime() throws SQLException {
        URI second = stack.startSecondInstances();
        Account acme = Account.onboard(stack, 2);
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            jobs.add(acme.logJobRequest("1100.00"));
        }
        Person[] executives = {Person.of(stack, Role.ACCOUNT_EXECUTIVE), Person.of(stack, Role.ACCOUNT_EXECUTIVE)};
        AtomicInteger turn = new AtomicInteger();
        Instant from = Instant.now();
        int maxHolders = 0;
        for (Job job : jobs) {
            Account through = turn.incrementAndGet() % 2 == 0 ? acme : acme.through(second);
            Job here = new Job(through, job.jobRequestId, job.jobNumber);
            here.writeApprovedBrief("1100.00").submitBrief();
            through.putOnTeam(executives[turn.get() % 2], "ACCOUNT_EXECUTIVE");
            through.removeFromTeam(executives[(turn.get() + 1) % 2]);
            maxHolders = Math.max(maxHolders, relayLockHolders());
        }
        Instant to = Instant.now();
        for (Job job : jobs) {
            job.creativeJob();
            job.budget();
            assertEquals(1, ledger.count(StackApp.CREATIVE, "select count(*) from creative_job where job_number = ?",
                    job.jobNumber), "one creative job for " + job.jobNumber);
            assertEquals(1, ledger.count(StackApp.BILLING, "select count(*) from job_budget where job_number = ?",
                    job.jobNumber), "one budget for " + job.jobNumber);
        }
        List<Ledger.Recorded> recorded = ledger.recordedBetween(from, to);
        Eventually.until("every event applied by each of its consumers", Duration.ofSeconds(60),
                () -> ledger.missing(recorded).isEmpty());
        Person last = executives[turn.get() % 2];
        Person removed = executives[(turn.get() + 1) % 2];
        Eventually.until("the last team in billing", () ->
                last.request().get("/api/jobs/{n}/budget", jobs.get(0).jobNumber).statusCode() == 200);
        assertEquals(404, removed.request().get("/api/jobs/{n}/budget", jobs.get(0).jobNumber).statusCode());
        assertTrue(maxHolders <= 1, "never two relays of one service publishing at once, saw " + maxHolders);
        Report.line("two instances: %d jobs through two gateways, %d events, %d lost, at most %d relay(s) "
                + "publishing per service", jobs.size(), recorded.size(), ledger.missing(recorded).size(), maxHolders);
    }

    /** The most instances of one service holding the publishing lock at this moment (always 1, never 2). */
    private int relayLockHolders() throws SQLException {
        int most = 0;
        for (StackApp service : StackApp.services()) {
            try (Connection connection = stack.database(service);
                 PreparedStatement select = connection.prepareStatement(RELAY_LOCK_HOLDERS);
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                most = Math.max(most, rows.getInt(1));
            }
        }
        return most;
    }
}
