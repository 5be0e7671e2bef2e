package agency.suits.creative.support;

import agency.suits.security.Role;
import agency.suits.testing.events.Published;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** The people of one review loop: they open a brief's creative job and take it through whole rounds. */
public final class ReviewTeam {

    public final Api director = Api.as(Role.CREATIVE_DIRECTOR);
    public final Api creative = Api.as(Role.CREATIVE);
    public final Api executive = Api.as(Role.ACCOUNT_EXECUTIVE);
    public final Api planner = Api.as(Role.ACCOUNT_PLANNER);

    /** Puts the executive and planner on the client's team, submits the brief and assigns the creative. */
    public String open(Briefs brief) {
        Teams.put(brief.clientId, executive.staffId, planner.staffId);
        Published.event(brief.submitted());
        String jobId = director.awaitJobId(brief.jobNumber);
        Api.await(() -> executive.request().get("/api/creative-jobs/" + jobId).statusCode() == 200 ? true : null,
                "the executive to be on the client's team");
        String job = "/api/creative-jobs/" + jobId;
        director.change(job + "/assignments", Map.of("staffId", creative.staffId.toString())).statusCode(200);
        return job;
    }

    /** One full round ending in the client's decision; returns the id of the version presented. */
    public String round(String job, Briefs brief, String clientDecision) {
        String version = readyToPresent(job, brief);
        executive.change(job + "/presentation", Map.of("workVersionIds", List.of(version))).statusCode(200)
                .body("status", equalTo("WITH_CLIENT"));
        List<Map<String, Object>> comments = clientDecision.equals("APPROVED") ? List.of() : List.of(
                Work.comment("Logo must be top right", "MANDATORY", brief.mandatoryId, version),
                Work.comment("Does not say ride past the queue", "PROPOSITION", null, null));
        executive.change(job + "/feedback", Map.of("decision", clientDecision, "comments", comments)).statusCode(200);
        return version;
    }

    /** A round's work made, reviewed and checked against the strategy; returns the id of the version to present. */
    public String readyToPresent(String job, Briefs brief) {
        String version = creative.post(job + "/versions", Work.version(brief.bannerId, "Banner")).statusCode(201)
                .extract().path("id");
        director.change(job + "/internal-review", Map.of("outcome", "SENT_BACK", "comments",
                List.of(Work.comment("Tighter crop", null, null, version)))).statusCode(200)
                .body("status", equalTo("IN_WORK"));
        director.change(job + "/internal-review", Map.of("outcome", "APPROVED")).statusCode(200)
                .body("status", equalTo("STRATEGY_CHECK"));
        planner.change(job + "/strategy-check", Map.of("onStrategy", true, "comments",
                List.of(Work.comment("Proposition lands", "PROPOSITION", null, null)))).statusCode(200)
                .body("status", equalTo("READY_TO_PRESENT"));
        return version;
    }
}
