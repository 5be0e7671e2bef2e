package agency.suits.system;

import agency.suits.localstack.StackApp;
import agency.suits.security.Role;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The broker SIGKILLed in the middle of a burst of writes to every service and brought back after longer than the
 * services' transaction timeout: every event arrives, once, each aggregate's in order, and who sees which client is
 * right in every service afterwards.
 */
class BrokerOutageTest {

    private final SystemStack stack = SystemStack.shared();
    private final Ledger ledger = new Ledger(stack);

    @Test
    void everyEffectArrivesOnceAndInOrderAfterTheBrokerWasKilledMidBurst() {
        List<Account> accounts = List.of(Account.onboard(stack, 2), Account.onboard(stack, 2));
        Map<Account, Job> budgeted = new ConcurrentHashMap<>();
        List<Job> ready = new ArrayList<>();
        for (Account account : accounts) {
            account.priceHours("ACCOUNT_EXECUTIVE", "100.00");
            Job job = account.logJobRequest("2000.00");
            job.writeApprovedBrief("2000.00").submitBrief();
            job.budget();
            budgeted.put(account, job);
            for (int i = 0; i < 3; i++) {
                ready.add(account.logJobRequest("1500.00").writeApprovedBrief("1500.00"));
            }
        }
        // two executives take turns on each account's team: the last placement must be the one every service holds
        Map<Account, Person[]> turns = new ConcurrentHashMap<>();
        Map<Account, Person> lastPlaced = new ConcurrentHashMap<>();
        for (Account account : accounts) {
            turns.put(account, new Person[] {Person.of(stack, Role.ACCOUNT_EXECUTIVE),
                    Person.of(stack, Role.ACCOUNT_EXECUTIVE)});
        }
        AtomicInteger turn = new AtomicInteger();
        List<Job> submitted = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Runnable> writes = new ArrayList<>();
        for (Account account : accounts) {
            writes.add(() -> {
                Person[] pair = turns.get(account);
                Person on = pair[turn.get() % 2];
                Person off = pair[(turn.get() + 1) % 2];
                account.putOnTeam(on, "ACCOUNT_EXECUTIVE");
                account.removeFromTeam(off);
                lastPlaced.put(account, on);
            });
            writes.add(() -> account.rename("System " + account.code + " " + turn.incrementAndGet()));
            writes.add(() -> account.logJobRequest("900.00"));
            writes.add(() -> budgeted.get(account).logHours("0.5"));
        }
        writes.add(() -> {
            synchronized (ready) {
                if (!ready.isEmpty()) {
                    Job job = ready.remove(0);
                    job.submitBrief();
                    submitted.add(job);
                }
            }
        });

        Instant brokerBack;
        Map<String, Integer> outage;
        Burst burst = new Burst(writes).start();
        try (burst) {
            Pause.of(Duration.ofSeconds(2));
            stack.broker().kill();
            Pause.of(SystemStack.TRANSACTION_TIMEOUT.plusSeconds(5));
            outage = readinessOfEveryService();
            stack.broker().start();
            brokerBack = Instant.now();
            Pause.of(Duration.ofSeconds(2));
        }
        int writesDone = burst.stop();
        Instant burstEnd = Instant.now();
        assertEquals(List.of(), burst.failures(), "every write was taken, broker or no broker");
        // An orchestrator takes an unready pod out of service: a broker outage must not, the outbox rides it out.
        assertEquals(Map.of("billing-service", 200, "briefs-service", 200, "clients-service", 200,
                "creative-workflow-service", 200), outage, "readiness of every service while the broker was away");

        List<Ledger.Recorded> recorded = ledger.recordedBetween(burst.started(), burstEnd);
        Eventually.until("every event of the burst published and applied by each of its consumers",
                Duration.ofSeconds(120), () -> recorded.stream().allMatch(event -> publishedNow(event))
                        && ledger.missing(recorded).isEmpty());
        for (Job job : submitted) {
            job.creativeJob();
            job.budget();
            assertEquals(1, ledger.count(StackApp.CREATIVE, "select count(*) from creative_job where job_number = ?",
                    job.jobNumber), "one creative job for " + job.jobNumber);
            assertEquals(1, ledger.count(StackApp.BILLING, "select count(*) from job_budget where job_number = ?",
                    job.jobNumber), "one budget for " + job.jobNumber);
        }
        for (Account account : accounts) {
            Person current = lastPlaced.get(account);
            Person removed = turns.get(account)[0] == current ? turns.get(account)[1] : turns.get(account)[0];
            Job job = budgeted.get(account);
            Eventually.until("the last team of " + account.code + " in every service", () ->
                    current.request().get("/api/job-requests/{id}", job.jobRequestId).statusCode() == 200
                            && current.request().get("/api/jobs/{n}/budget", job.jobNumber).statusCode() == 200);
            assertEquals(404, removed.request().get("/api/job-requests/{id}", job.jobRequestId).statusCode());
            assertEquals(404, removed.request().get("/api/jobs/{n}/budget", job.jobNumber).statusCode());
            assertEquals(404, removed.request().get("/api/creative-jobs/{id}", job.creativeJob()).statusCode());
        }

        Instant lastApplied = lastApplied(recorded);
        Report.line("broker outage: %d writes, %d events recorded during the burst, %d lost, %d submitted briefs "
                        + "each with one creative job and one budget; last effect %d ms after the broker returned",
                writesDone, recorded.size(), ledger.missing(recorded).size(), submitted.size(),
                Duration.between(brokerBack, lastApplied).toMillis());
        assertTrue(recorded.size() > 20, "a burst worth the name: " + recorded.size() + " events");
    }

    private Map<String, Integer> readinessOfEveryService() {
        Map<String, Integer> statuses = new TreeMap<>();
        for (StackApp service : StackApp.services()) {
            AppNode node = stack.first(service);
            statuses.put(node.app().module(), RestAssured.given().baseUri(node.baseUri().toString())
                    .get("/q/health/ready").statusCode());
        }
        return statuses;
    }

    private boolean publishedNow(Ledger.Recorded event) {
        return ledger.count(event.publisher(), "select count(*) from outbox_event where event_id = ? "
                + "and published_at is not null", event.eventId()) == 1;
    }

    private Instant lastApplied(List<Ledger.Recorded> recorded) {
        Set<UUID> ids = new HashSet<>();
        recorded.forEach(event -> ids.add(event.eventId()));
        Instant last = Instant.EPOCH;
        for (StackApp consumer : StackApp.services()) {
            for (Instant at : ledger.handledBy(consumer, ids).values()) {
                last = at.isAfter(last) ? at : last;
            }
        }
        return last;
    }
}
