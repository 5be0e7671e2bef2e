package agency.suits.briefs.brief;

import agency.suits.briefs.TestAccount;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;

/** Test data for briefs: a job to brief, a draft and a complete set of sections, and the calls that save them. */
public final class Briefing {

    private Briefing() {
    }

    public static String logJob(TestAccount account) {
        String body = """
                {"clientId": "%s", "title": "Spring launch", "description": "A launch film for the new shoe",
                 "requestedDeliverables": ["30s film"], "wantedBy": "%s", "budgetIndication": null,
                 "requestedByContactId": null, "channel": "MEETING"}
                """.formatted(account.clientId, LocalDate.now().plusMonths(2));
        return given().header("Authorization", account.asExecutive()).contentType(ContentType.JSON).body(body)
                .when().post("/api/job-requests").then().statusCode(201).extract().path("id");
    }

    public static String newBrief(String jobId, String content) {
        return "{\"jobRequestId\": \"" + jobId + "\", \"content\": " + content + "}";
    }

    /** What the AE writes first: no strategy, one deliverable without specs, no milestones, no budget. */
    public static String draftContent() {
        return """
                {"background": "Acme launches a lighter running shoe.", "objective": "Make runners try it.",
                 "successMeasures": ["20,000 test runs"], "targetAudience": null, "insight": null,
                 "proposition": null, "reasonsToBelieve": [], "tone": "Witty",
                 "mandatories": [{"mandatoryId": null, "text": "Logo in the first three seconds"}],
                 "deliverables": [{"deliverableId": null, "name": "Launch film", "format": "30s video", "specs": null}],
                 "milestones": [], "budget": null}
                """;
    }

    public static String completeContent() {
        return """
                {"background": "Acme launches a lighter running shoe.", "objective": "Make runners try it.",
                 "successMeasures": ["20,000 test runs"], "targetAudience": "Urban runners, 25-40",
                 "insight": "Heavy shoes make early runs a chore.",
                 "proposition": "The shoe that makes 6 a.m. feel light.",
                 "reasonsToBelieve": ["30%% lighter", "Tested by 500 club runners"], "tone": "Witty",
                 "mandatories": [{"mandatoryId": null, "text": "Logo in the first three seconds"}],
                 "deliverables": [{"deliverableId": null, "name": "Launch film", "format": "30s video",
                                   "specs": "1920x1080, subtitled"}],
                 "milestones": [{"name": "First concepts", "dueOn": "%s"}],
                 "budget": {"amount": "25000.00", "currency": "EUR"}}
                """.formatted(LocalDate.now().plusDays(14));
    }

    /** Starts the brief as the AE; answers its id. */
    public static String start(TestAccount account, String jobId, String content) {
        return given().header("Authorization", account.asExecutive()).contentType(ContentType.JSON)
                .body(newBrief(jobId, content)).when().post("/api/briefs").then().statusCode(201)
                .extract().path("id");
    }

    /** A job whose complete brief the second supervisor approved and the AE submitted; answers the job's id. */
    public static String submittedJob(TestAccount account) {
        String jobId = logJob(account);
        String briefId = start(account, jobId, completeContent());
        given().header("Authorization", account.asSecondSupervisor()).header("If-Match", "\"0\"")
                .when().post("/api/briefs/" + briefId + "/approval").then().statusCode(200);
        given().header("Authorization", account.asExecutive()).header("If-Match", "\"1\"")
                .when().post("/api/briefs/" + briefId + "/submission").then().statusCode(200);
        return jobId;
    }

    public static ValidatableResponse save(String token, String id, long version, String content) {
        return given().header("Authorization", token).header("If-Match", "\"" + version + "\"")
                .contentType(ContentType.JSON).body(content).when().put("/api/briefs/" + id).then();
    }
}
