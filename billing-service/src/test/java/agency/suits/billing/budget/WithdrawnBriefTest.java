package agency.suits.billing.budget;

import agency.suits.billing.Billing;
import agency.suits.billing.Events;
import agency.suits.billing.Staff;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.BriefWithdrawn;
import agency.suits.testing.events.JobEvents;
import agency.suits.testing.events.Published;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** BriefWithdrawn closes the job's budget to new bookings; the brief submitted again reopens it. */
@QuarkusTest
class WithdrawnBriefTest {

    @BeforeAll
    static void init() {
        Billing.init();
    }

    @Test
    void nothingNewIsBookedWhileTheBriefIsWithdrawnAndAResubmissionReopens() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.registerTeam(client);
        JobEvents.SubmittedBrief brief = JobEvents.brief(job, client).budget("2000.00", "EUR");
        Published.event(brief.submitted());
        Billing.awaitBudget(job, "2000.00");
        Billing.rateCard(Staff.supervisor(), "ACCOUNT_EXECUTIVE", client, "100.00", "EUR",
                LocalDate.of(2026, 1, 1), null).statusCode(201);
        awaitTeam(job);
        Billing.time(job, "ACCOUNT_EXECUTIVE", LocalDate.of(2026, 11, 3), "2").statusCode(201);

        Published.event(brief.withdrawn("The client moved the launch"));
        awaitClosed(job, true);
        Billing.budget(job).body("closedReason", equalTo("The client moved the launch"))
                .body("actuals.amount", equalTo("200.00"));
        String refusal = "The brief of job " + job + " was withdrawn (The client moved the launch): ";
        Billing.time(job, "ACCOUNT_EXECUTIVE", LocalDate.of(2026, 11, 4), "1").statusCode(409)
                .body("detail", equalTo(refusal + "a new time entry waits until the brief is submitted again"));
        Billing.cost(job, "50.00", "EUR").statusCode(409)
                .body("detail", equalTo(refusal + "a new cost entry waits until the brief is submitted again"));
        // what was booked before the withdrawal is still billed
        Billing.draftTimeAndMaterials(job).statusCode(201).body("lines[0].amount.amount", equalTo("200.00"));

        Published.event(JobEvents.brief(job, client).budget("2500.00", "EUR").submitted());
        awaitClosed(job, false);
        Billing.budget(job).body("closedAt", nullValue()).body("budget.amount", equalTo("2500.00"));
        Billing.time(job, "ACCOUNT_EXECUTIVE", LocalDate.of(2026, 11, 5), "1").statusCode(201);
        List<String> kinds = given().header("Authorization", Staff.finance())
                .when().get("/api/jobs/{job}/budget/ledger", job)
                .then().statusCode(200).extract().path("items.kind");
        assertEquals(List.of("OPENED", "CLOSED", "REOPENED", "BRIEF_REVISED"), kinds);
    }

    @Test
    void aWithdrawalOlderThanTheLastSubmissionLeavesTheBudgetOpen() {
        String job = Events.newJobNumber();
        UUID client = UUID.randomUUID();
        Billing.openBudget(job, client, "900.00", "EUR");
        JobEvents.SubmittedBrief brief = JobEvents.brief(job, client).budget("900.00", "EUR");
        Published.event(new BriefWithdrawn(brief.briefId, job, client, "Withdrawn before the last submission",
                UUID.randomUUID(), Instant.now().minus(Duration.ofHours(1))));
        // a brief event after it on the same partition (dated before it, so it could not reopen what the stale
        // withdrawal had closed) shows it was handled
        BriefSubmitted current = JobEvents.brief(job, client).budget("950.00", "EUR").submitted();
        Published.event(new BriefSubmitted(current.briefId(), 2, current.jobRequestId(), job, client,
                current.brief(), current.budget(), current.includedRevisionRounds(), current.approvedBy(),
                current.submittedBy(), Instant.now().minus(Duration.ofHours(2))));
        Billing.awaitBudget(job, "950.00");
        Billing.budget(job).body("closed", equalTo(false));
        Billing.cost(job, "10.00", "EUR").statusCode(201);
    }

    private static void awaitTeam(String job) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (given().header("Authorization", Staff.executive()).when().get("/api/jobs/{job}/budget", job)
                .statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the team never reached billing");
            }
            Billing.pause(Duration.ofMillis(200));
        }
    }

    private static void awaitClosed(String job, boolean closed) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!Boolean.valueOf(closed).equals(Billing.budget(job).extract().path("closed"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the budget of " + job + " never became " + (closed ? "closed" : "open"));
            }
            Billing.pause(Duration.ofMillis(200));
        }
    }
}
