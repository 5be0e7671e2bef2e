package agency.suits.system;

import io.restassured.response.Response;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/** One job of an account, from its request through the brief and the creative rounds to its money. */
final class Job {

    final Account account;
    final UUID jobRequestId;
    final String jobNumber;
    private UUID briefId;
    private UUID creativeJobId;
    private volatile boolean executiveSeenInBilling;

    Job(Account account, UUID jobRequestId, String jobNumber) {
        this.account = account;
        this.jobRequestId = jobRequestId;
        this.jobNumber = jobNumber;
    }

    // ------------------------------------------------------------------------------------------------- briefs

    /** The executive writes all but the planner's sections, the planner adds theirs, the supervisor approves. */
    Job writeApprovedBrief(String budget) {
        startBrief(budget);
        writePlannerSections();
        approveBrief();
        return this;
    }

    /** The executive writes every section but the planner's (audience, insight, proposition). */
    void startBrief(String budget) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("background", "The winter range launches in January and needs one strong online banner.");
        content.put("objective", "Make the winter range known to existing customers before launch week.");
        content.put("successMeasures", List.of("Click-through rate above 1.5%"));
        content.put("reasonsToBelieve", List.of("Tested down to -20 C"));
        content.put("tone", "Warm, confident, a little playful");
        content.put("mandatories", List.of(Map.of("text", "Logo top left")));
        content.put("deliverables", List.of(Map.of("name", "Launch banner", "format", "1200x628 PNG",
                "specs", "Under 150 KB, RGB")));
        content.put("milestones", List.of(Map.of("name", "First presentation",
                "dueOn", LocalDate.now().plusDays(14).toString())));
        content.put("budget", Account.money(budget));
        Response created = account.executive.request()
                .body(Map.of("jobRequestId", jobRequestId, "content", content))
                .post("/api/briefs");
        created.then().statusCode(201);
        briefId = UUID.fromString(created.path("id"));
    }

    void writePlannerSections() {
        Response brief = account.planner.request().get("/api/briefs/{id}", briefId);
        brief.then().statusCode(200);
        Map<String, Object> content = new HashMap<>(brief.path("content"));
        content.put("targetAudience", "Existing customers aged 30-55 who spend winter weekends outdoors");
        content.put("insight", "Cold is not the problem; being stuck indoors is");
        content.put("proposition", "Winter, opened up " + System.nanoTime());
        account.planner.request().header("If-Match", brief.header("ETag")).body(content)
                .put("/api/briefs/{id}", briefId).then().statusCode(200);
    }

    void approveBrief() {
        account.supervisor.request().header("If-Match", briefTag()).post("/api/briefs/{id}/approval", briefId)
                .then().statusCode(200);
    }

    Response submitBrief() {
        Response submitted = account.executive.request().header("If-Match", briefTag())
                .post("/api/briefs/{id}/submission", briefId);
        submitted.then().statusCode(200);
        return submitted;
    }

    void withdrawBrief(String reason) {
        account.executive.request().header("If-Match", briefTag()).body(Map.of("reason", reason))
                .post("/api/briefs/{id}/withdrawal", briefId).then().statusCode(200);
    }

    String jobStatus() {
        return account.executive.request().get("/api/job-requests/{id}", jobRequestId).then().statusCode(200)
                .extract().path("status");
    }

    private String briefTag() {
        Response brief = account.executive.request().get("/api/briefs/{id}", briefId);
        brief.then().statusCode(200);
        return brief.header("ETag");
    }

    // ----------------------------------------------------------------------------------------------- creative

    /**
     * The creative job, once creative-workflow-service has opened it from BriefSubmitted and knows the account team
     * that works it. The job comes on suits.briefs and the team on suits.clients, and nothing orders two topics: the
     * job can be there while the planner and the executive are not yet on its team as creative-workflow knows it
     * (404 for them until then).
     */
    UUID creativeJob() {
        if (creativeJobId == null) {
            String id = Eventually.value("a creative job for " + jobNumber, () -> {
                List<String> ids = account.creativeDirector.request().queryParam("jobNumber", jobNumber)
                        .get("/api/creative-jobs").then().statusCode(200).extract().path("items.id");
                return ids.isEmpty() ? null : ids.get(0);
            });
            for (Person teamMember : List.of(account.planner, account.executive)) {
                Eventually.until(teamMember.role() + " on the team of " + jobNumber + " in creative", () ->
                        teamMember.request().get("/api/creative-jobs/{id}", id).statusCode() == 200);
            }
            creativeJobId = UUID.fromString(id);
        }
        return creativeJobId;
    }

    Response creativeJobView() {
        Response job = account.creativeDirector.request().get("/api/creative-jobs/{id}", creativeJob());
        job.then().statusCode(200);
        return job;
    }

    String creativeStatus() {
        return creativeJobView().path("status");
    }

    void assignCreative() {
        Response job = creativeJobView();
        account.creativeDirector.request().header("If-Match", job.header("ETag"))
                .body(Map.of("staffId", account.creative.id()))
                .post("/api/creative-jobs/{id}/assignments", creativeJob()).then().statusCode(200);
    }

    /** One whole round: a work version, internal review, strategy check, presentation and the client's decision. */
    Response round(String decision) {
        String version = addWorkVersion();
        reviewInternally();
        checkStrategy();
        present(version);
        return recordFeedback(decision);
    }

    /** The creative adds a version of the first deliverable to the current round. */
    String addWorkVersion() {
        Response job = creativeJobView();
        String deliverable = job.path("brief.deliverables[0].deliverableId");
        int round = job.path("currentRound");
        return account.creative.request().body(Map.of("title", "Launch banner r" + round,
                        "deliverableId", deliverable, "mediaType", "image/png",
                        "assetUrl", "https://assets.example.com/" + jobNumber + "/r" + round + ".png",
                        "checksum", "sha256:" + "a".repeat(63) + round % 10))
                .post("/api/creative-jobs/{id}/versions", creativeJob()).then().statusCode(201).extract().path("id");
    }

    Response reviewInternally() {
        return step(account.creativeDirector, "internal-review",
                Map.of("outcome", "APPROVED", "comments", List.of(Map.of("text", "Ready for the account team"))));
    }

    Response checkStrategy() {
        return step(account.planner, "strategy-check", Map.of("onStrategy", true,
                "comments", List.of(Map.of("text", "On the proposition", "section", "PROPOSITION"))));
    }

    Response present(String version) {
        return step(account.executive, "presentation", Map.of("workVersionIds", List.of(version)));
    }

    Response recordFeedback(String decision) {
        Response job = creativeJobView();
        String mandatory = job.path("brief.mandatories[0].mandatoryId");
        int round = job.path("currentRound");
        return step(account.executive, "feedback", Map.of("decision", decision, "comments",
                List.of(Map.of("text", "Round " + round + ": the logo bigger", "section", "MANDATORY",
                        "mandatoryId", mandatory))), job);
    }

    private Response step(Person who, String step, Map<String, Object> body) {
        return step(who, step, body, creativeJobView());
    }

    private Response step(Person who, String step, Map<String, Object> body, Response previous) {
        Response answer = who.request().header("If-Match", previous.header("ETag")).body(body)
                .post("/api/creative-jobs/{id}/" + step, creativeJob());
        answer.then().statusCode(200);
        return answer;
    }

    // ------------------------------------------------------------------------------------------------ billing

    /** The job's budget as billing has it; waits until billing has opened it from BriefSubmitted. */
    Response budget() {
        return Eventually.value("a budget for " + jobNumber, () -> {
            Response budget = account.finance.request().get("/api/jobs/{n}/budget", jobNumber);
            return budget.statusCode() == 200 ? budget : null;
        });
    }

    /**
     * Waits until billing shows the job's budget to a member of its team. Billing learns the team from
     * clients-service's topic and the budget from briefs-service's: after a consumer restarts, one may be seconds
     * behind the other, so the budget can be there before the team.
     */
    void visibleInBillingTo(Person teamMember) {
        Eventually.until(teamMember.role() + " seeing the budget of " + jobNumber + " in billing", () ->
                teamMember.request().get("/api/jobs/{n}/budget", jobNumber).statusCode() == 200);
    }

    /** The executive logs hours on the job at today's date (priced at the client's rate card). */
    void logHours(String hours) {
        if (!executiveSeenInBilling) {
            visibleInBillingTo(account.executive);
            executiveSeenInBilling = true;
        }
        account.executive.request().body(Map.of("personId", account.executive.id(), "role", "ACCOUNT_EXECUTIVE",
                        "jobNumber", jobNumber, "workDate", LocalDate.now().toString(), "hours", hours))
                .post("/api/time-entries").then().statusCode(201);
    }

    List<Map<String, Object>> invoices(String kind) {
        return account.finance.request().queryParam("jobNumber", jobNumber).queryParam("kind", kind)
                .queryParam("size", 100).get("/api/invoices").then().statusCode(200).extract().path("items");
    }

    List<Map<String, Object>> changeOrders() {
        return account.finance.request().queryParam("jobNumber", jobNumber).queryParam("size", 100)
                .get("/api/change-orders").then().statusCode(200).extract().path("items");
    }

    /** Four eyes: the director approves the invoice (drafted by the system, so by nobody), then finance issues it. */
    Response issue(String invoiceId) {
        return issueApproved(invoiceId, approveInvoice(invoiceId));
    }

    Response approveInvoice(String invoiceId) {
        Response invoice = account.finance.request().get("/api/invoices/{id}", invoiceId);
        invoice.then().statusCode(200);
        Response approved = account.director.request().header("If-Match", invoice.header("ETag"))
                .post("/api/invoices/{id}/approve", invoiceId);
        approved.then().statusCode(200).body("status", equalTo("APPROVED"));
        return approved;
    }

    Response issueApproved(String invoiceId, Response approved) {
        Response issued = account.finance.request().header("If-Match", approved.header("ETag")).body(Map.of())
                .post("/api/invoices/{id}/issue", invoiceId);
        issued.then().statusCode(200).body("status", equalTo("ISSUED"));
        return issued;
    }

    Response pay(String invoiceId, String amount, String idempotencyKey) {
        return account.finance.request().header("Idempotency-Key", idempotencyKey)
                .body(Map.of("amount", Account.money(amount), "receivedOn", LocalDate.now().toString()))
                .post("/api/invoices/{id}/payments", invoiceId);
    }
}
