package agency.suits.system;

import agency.suits.security.Role;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/**
 * Traffic reschedules a job in briefs-service and creative's due date for it follows (ScheduleChanged), so the
 * creative department's overdue list is the schedule traffic keeps, not the brief's first guess.
 */
class TrafficScheduleTest {

    private final SystemStack stack = SystemStack.shared();

    @Test
    void trafficMovingTheLastMilestoneMovesTheCreativeJobsDueDate() {
        Account account = Account.onboard(stack, 2);
        Job job = account.logJobRequest("4000.00").writeApprovedBrief("4000.00");
        job.submitBrief();
        String creativeJob = job.creativeJob().toString();
        LocalDate later = LocalDate.now().plusDays(75);

        Person traffic = Person.of(stack, Role.TRAFFIC);
        String schedule = "/api/job-requests/" + job.jobRequestId + "/schedule";
        Response current = traffic.request().get(schedule);
        current.then().statusCode(200);
        traffic.request().header("If-Match", current.header("ETag"))
                .body(Map.of("milestones", List.of(
                        Map.of("name", "First concepts", "dueOn", LocalDate.now().plusDays(20).toString()),
                        Map.of("name", "Final artwork", "dueOn", later.toString()))))
                .put(schedule).then().statusCode(200);

        Eventually.until("creative's due date following traffic's schedule", () -> later.toString()
                .equals(account.creativeDirector.request().get("/api/creative-jobs/{id}", creativeJob)
                        .path("dueOn")));
        account.creativeDirector.request().get("/api/creative-jobs/{id}", creativeJob).then()
                .body("overdue", equalTo(false));
    }
}
