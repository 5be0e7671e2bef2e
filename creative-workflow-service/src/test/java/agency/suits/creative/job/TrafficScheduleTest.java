package agency.suits.creative.job;

import agency.suits.creative.support.Api;
import agency.suits.creative.support.Briefs;
import agency.suits.security.Role;
import agency.suits.testing.events.JobEvents;
import agency.suits.testing.events.Published;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.parsing.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static agency.suits.creative.support.Briefs.aBrief;
import static org.hamcrest.Matchers.equalTo;

/** Traffic's schedule (ScheduleChanged on the real suits.briefs topic) dates the creative job. */
@QuarkusTest
class TrafficScheduleTest {

    private static final LocalDate TODAY = LocalDate.now();

    private final Api director = Api.as(Role.CREATIVE_DIRECTOR);

    @BeforeAll
    static void problemsAreJson() {
        RestAssured.registerParser("application/problem+json", Parser.JSON);
    }

    private void awaitDueOn(String job, LocalDate dueOn) {
        Api.await(() -> dueOn.toString().equals(director.request().get(job).path("dueOn")) ? true : null,
                "the job to be due on " + dueOn);
    }

    @Test
    void aRescheduleMovesTheJobsDueDateAndWhetherItIsOverdue() {
        Briefs brief = aBrief().dueOn(TODAY.plusDays(30));
        Published.event(brief.submitted());
        String job = "/api/creative-jobs/" + director.awaitJobId(brief.jobNumber);
        director.get(job).body("dueOn", equalTo(TODAY.plusDays(30).toString()));

        Published.event(JobEvents.scheduled(brief.jobNumber, brief.clientId, TODAY.plusDays(10), TODAY.plusDays(45)));
        awaitDueOn(job, TODAY.plusDays(45));
        director.get(job).body("overdue", equalTo(false));

        // traffic moved the last milestone to yesterday (already scheduled there, so briefs allowed it)
        Published.event(JobEvents.scheduled(brief.jobNumber, brief.clientId, TODAY.minusDays(1)));
        awaitDueOn(job, TODAY.minusDays(1));
        director.get(job).body("overdue", equalTo(true));

        Published.event(JobEvents.scheduled(brief.jobNumber, brief.clientId));
        awaitDueOn(job, TODAY.plusDays(30));
    }

    @Test
    void aScheduleSetBeforeTheBriefDatesTheJobWhenItOpens() {
        Briefs brief = aBrief().dueOn(TODAY.plusDays(30));
        Published.event(JobEvents.scheduled(brief.jobNumber, brief.clientId, TODAY.plusDays(60)));
        Published.event(brief.submitted());
        String job = "/api/creative-jobs/" + director.awaitJobId(brief.jobNumber);
        director.get(job).body("dueOn", equalTo(TODAY.plusDays(60).toString()));
    }
}
