package agency.suits.briefs.brief;

import agency.suits.briefs.TestAccount;
import agency.suits.security.Role;
import agency.suits.testing.ProblemContent;
import agency.suits.web.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class BriefResourceTest extends JobToBrief {

    static RequestSpecification as(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }

    @Test
    void startsTheBriefOfAJobAndMovesTheJobToBriefing() {
        String id = as(acme.asExecutive()).body(Briefing.newBrief(jobId, Briefing.draftContent()))
                .when().post(PATH).then()
                .statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("revision", equalTo(1))
                .body("jobNumber", containsString(acme.code + "-"))
                .body("content.background", equalTo("Acme launches a lighter running shoe."))
                .body("content.mandatories[0].mandatoryId", notNullValue())
                .body("complete", equalTo(false))
                .extract().path("id");
        as(acme.asExecutive()).when().get("/api/job-requests/" + jobId).then()
                .statusCode(200).body("status", equalTo("BRIEFING"));
        as(acme.asCoordinator()).queryParam("jobRequestId", jobId).when().get(PATH).then()
                .statusCode(200).body("id", equalTo(id));
        ProblemContent.assertProblem(as(acme.asExecutive()).body(Briefing.newBrief(jobId, "null"))
                .when().post(PATH).then(), ProblemType.CONFLICT, PATH).body("detail", containsString("already"));
    }

    @Test
    void startsOneBriefWhenColleaguesStartItAtOnce() throws Exception {
        List<Integer> statuses = concurrently(6, () -> as(acme.asExecutive())
                .body(Briefing.newBrief(jobId, Briefing.draftContent())).when().post(PATH).then()
                .extract().statusCode());
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
    }

    @Test
    void letsOneOfTwoSimultaneousSavesOfTheSameVersionWin() throws Exception {
        String id = Briefing.start(acme, jobId, Briefing.draftContent());
        List<Integer> statuses = concurrently(6, () -> Briefing.save(acme.asExecutive(), id, 0,
                Briefing.completeContent().replace("Witty", "Tone " + UUID.randomUUID())).extract().statusCode());
        assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(status -> status == 412).count(), statuses.toString());
        as(acme.asExecutive()).when().get(PATH + "/" + id + "/versions").then().body("items", hasSize(2));
    }

    static <T> List<T> concurrently(int times, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(Collections.nCopies(times, call))) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepsEveryRevisionAndComparesAnyTwo() {
        String id = Briefing.start(acme, jobId, Briefing.draftContent());
        Briefing.save(acme.asExecutive(), id, 0, Briefing.completeContent()).statusCode(200)
                .body("revision", equalTo(2)).body("complete", equalTo(true)).header("ETag", equalTo("\"1\""));

        as(acme.asExecutive()).when().get(PATH + "/" + id + "/versions").then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].revision", equalTo(1))
                .body("items[0].savedBy", equalTo(acme.executive.toString()))
                .body("items[1].revision", equalTo(2))
                .body("items[1].changed", hasItem("proposition"));
        as(acme.asExecutive()).when().get(PATH + "/" + id + "/versions/1").then()
                .statusCode(200).body("content.proposition", nullValue())
                .body("content.background", equalTo("Acme launches a lighter running shoe."));
        as(acme.asExecutive()).queryParam("from", 1).queryParam("to", 2)
                .when().get(PATH + "/" + id + "/versions/diff").then()
                .statusCode(200)
                .body("changes.find { it.field == 'proposition' }.before", nullValue())
                .body("changes.find { it.field == 'proposition' }.after",
                        equalTo("The shoe that makes 6 a.m. feel light."))
                .body("changes.field", hasItem("budget"))
                .body("changes.field", org.hamcrest.Matchers.not(hasItem("background")));

        ProblemContent.assertProblem(as(acme.asExecutive()).when().get(PATH + "/" + id + "/versions/9").then(),
                ProblemType.NOT_FOUND, PATH + "/" + id + "/versions/9");
        ProblemContent.assertProblem(as(acme.asExecutive()).queryParam("from", 1)
                .when().get(PATH + "/" + id + "/versions/diff").then(),
                ProblemType.INVALID_PARAMETER, PATH + "/" + id + "/versions/diff");
        ProblemContent.assertProblem(as(acme.asExecutive()).queryParam("from", "one").queryParam("to", 2)
                .when().get(PATH + "/" + id + "/versions/diff").then(),
                ProblemType.INVALID_PARAMETER, PATH + "/" + id + "/versions/diff");
    }

    @Test
    void listsWhatIsStillMissing() {
        String id = Briefing.start(acme, jobId, Briefing.draftContent());
        as(acme.asCoordinator()).when().get(PATH + "/" + id + "/completeness").then()
                .statusCode(200)
                .body("complete", equalTo(false))
                .body("revision", equalTo(1))
                .body("missing.section", equalTo(List.of("targetAudience", "insight", "proposition",
                        "reasonsToBelieve", "deliverables[0].specs", "milestones", "budget")));
    }

    @Test
    void letsEachRoleWriteOnlyItsSections() {
        // a team with a planner: the planner's sections are theirs alone (PlannerBriefTest has the rest of it)
        TestAccount acme = TestAccount.withPlanner(accounts);
        String id = Briefing.start(acme, Briefing.logJob(acme), Briefing.draftContent());
        String withInsight = Briefing.draftContent().replace("\"insight\": null",
                "\"insight\": \"Heavy shoes make early runs a chore.\"");
        ProblemContent.assertProblem(Briefing.save(acme.asCoordinator(), id, 0, withInsight),
                ProblemType.FORBIDDEN, PATH + "/" + id).body("detail", containsString("insight"));
        Briefing.save(acme.asPlanner(), id, 0, withInsight).statusCode(200).body("revision", equalTo(2));

        String withTone = withInsight.replace("\"tone\": \"Witty\"", "\"tone\": \"Calm\"");
        ProblemContent.assertProblem(Briefing.save(acme.asPlanner(), id, 1, withTone),
                ProblemType.FORBIDDEN, PATH + "/" + id).body("detail", containsString("tone"));
        Briefing.save(acme.asCoordinator(), id, 1, withTone).statusCode(200).body("content.tone", equalTo("Calm"));

        for (Role role : List.of(Role.CREATIVE, Role.CREATIVE_DIRECTOR, Role.FINANCE)) {
            ProblemContent.assertProblem(Briefing.save(TestAccount.asOutsider(role), id, 2, withTone),
                    ProblemType.FORBIDDEN, PATH + "/" + id);
        }
        String anotherJob = Briefing.logJob(acme);
        ProblemContent.assertProblem(as(acme.asPlanner()).body(Briefing.newBrief(anotherJob, Briefing.draftContent()))
                .when().post(PATH).then(), ProblemType.FORBIDDEN, PATH).body("detail", containsString("background"));
    }

    @Test
    void needsTheCurrentVersionToSave() {
        String id = Briefing.start(acme, jobId, Briefing.draftContent());
        ProblemContent.assertProblem(as(acme.asExecutive()).body(Briefing.completeContent())
                .when().put(PATH + "/" + id).then(), ProblemType.PRECONDITION_REQUIRED, PATH + "/" + id);
        ProblemContent.assertProblem(Briefing.save(acme.asExecutive(), id, 5, Briefing.completeContent()),
                ProblemType.PRECONDITION_FAILED, PATH + "/" + id);
        Briefing.save(acme.asExecutive(), id, 0, Briefing.draftContent()).statusCode(200)
                .body("revision", equalTo(1)).header("ETag", equalTo("\"0\""));
    }

    static String withBudget(String content, String amount, String currency) {
        return content.replace("{\"amount\": \"25000.00\", \"currency\": \"EUR\"}",
                "{\"amount\": \"" + amount + "\", \"currency\": \"" + currency + "\"}");
    }

    @Test
    void refusesABudgetFinerThanItsCurrencysMinorUnitsWhichBillingWouldRefuse() {
        ProblemContent.assertProblem(as(acme.asExecutive())
                        .body(Briefing.newBrief(jobId, withBudget(Briefing.completeContent(), "1000.005", "EUR")))
                        .when().post(PATH).then(), ProblemType.UNPROCESSABLE, PATH)
                .body("detail", equalTo("EUR has 2 minor units; 1000.005 has more decimals"));
        as(acme.asExecutive()).when().get("/api/job-requests/" + jobId).then().body("status", equalTo("RECEIVED"));

        String id = Briefing.start(acme, jobId, Briefing.draftContent());
        ProblemContent.assertProblem(Briefing.save(acme.asExecutive(), id, 0,
                        withBudget(Briefing.completeContent(), "1000.005", "EUR")),
                ProblemType.UNPROCESSABLE, PATH + "/" + id)
                .body("detail", equalTo("EUR has 2 minor units; 1000.005 has more decimals"));
        ProblemContent.assertProblem(Briefing.save(acme.asExecutive(), id, 0,
                        withBudget(Briefing.completeContent(), "1000.5", "JPY")),
                ProblemType.UNPROCESSABLE, PATH + "/" + id)
                .body("detail", equalTo("JPY has 0 minor units; 1000.5 has more decimals"));
        as(acme.asExecutive()).when().get(PATH + "/" + id + "/versions").then().body("items", hasSize(1));
    }

    @Test
    void keepsABudgetAtItsCurrencysMinorUnits() {
        String id = as(acme.asExecutive())
                .body(Briefing.newBrief(jobId, withBudget(Briefing.completeContent(), "1000", "EUR")))
                .when().post(PATH).then().statusCode(201)
                .body("content.budget.amount", equalTo("1000.00"))
                .body("content.budget.currency", equalTo("EUR"))
                .extract().path("id");
        // the same budget written as it is kept is no change
        Briefing.save(acme.asExecutive(), id, 0, withBudget(Briefing.completeContent(), "1000.00", "EUR"))
                .statusCode(200).body("revision", equalTo(1)).header("ETag", equalTo("\"0\""));
        Briefing.save(acme.asExecutive(), id, 0, withBudget(Briefing.completeContent(), "1250.5", "EUR"))
                .statusCode(200).body("revision", equalTo(2)).body("content.budget.amount", equalTo("1250.50"));
        as(acme.asExecutive()).when().get(PATH + "/" + id + "/versions/1").then()
                .statusCode(200).body("content.budget.amount", equalTo("1000.00"));
        Briefing.save(acme.asExecutive(), id, 1, withBudget(Briefing.completeContent(), "150000", "JPY"))
                .statusCode(200).body("content.budget.amount", equalTo("150000"))
                .body("content.budget.currency", equalTo("JPY"));
    }

    @Test
    void readsRevisionsStoredBeforeBudgetsWereHeldToMinorUnits() {
        String id = Briefing.start(acme, jobId, Briefing.draftContent());
        // as the events' money kept it: the amount's scale as written
        String stored = """
                {"background":"Acme launches a lighter running shoe.","objective":"Make runners try it.",\
                "successMeasures":["20,000 test runs"],"targetAudience":null,"insight":null,"proposition":null,\
                "reasonsToBelieve":[],"tone":"Witty","mandatories":[{"mandatoryId":"%s",\
                "text":"Logo in the first three seconds"}],"deliverables":[],\
                "milestones":[{"name":"First concepts","dueOn":"2027-03-01"}],\
                "budget":{"amount":"25000.5","currency":"EUR"}}""".formatted(UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update brief set content = ?1 where id = ?2")
                    .setParameter(1, stored).setParameter(2, UUID.fromString(id)).executeUpdate();
            entityManager.createNativeQuery("update brief_version set content = ?1 where brief_id = ?2")
                    .setParameter(1, stored).setParameter(2, UUID.fromString(id)).executeUpdate();
        });
        as(acme.asExecutive()).when().get(PATH + "/" + id).then().statusCode(200)
                .body("content.budget.amount", equalTo("25000.5"))
                .body("content.milestones[0].dueOn", equalTo("2027-03-01"))
                .body("content.mandatories[0].text", equalTo("Logo in the first three seconds"));
        as(acme.asExecutive()).when().get(PATH + "/" + id + "/versions/1").then().statusCode(200)
                .body("content.budget.amount", equalTo("25000.5"));
    }

    @Test
    void answersBadInputWithProblemJson() {
        String id = Briefing.start(acme, jobId, Briefing.draftContent());
        String four = Briefing.completeContent().replace("\"reasonsToBelieve\": [",
                "\"reasonsToBelieve\": [\"One\", \"Two\",");
        ProblemContent.assertProblem(Briefing.save(acme.asExecutive(), id, 0, four),
                ProblemType.CONSTRAINT_VIOLATION, PATH + "/" + id)
                .body("errors.field", hasItem(containsString("reasonsToBelieve")));
        ProblemContent.assertProblem(Briefing.save(acme.asExecutive(), id, 0,
                        Briefing.completeContent().replace("\"name\": \"Launch film\"", "\"name\": \"\"")),
                ProblemType.CONSTRAINT_VIOLATION, PATH + "/" + id);
        ProblemContent.assertProblem(Briefing.save(acme.asExecutive(), id, 0,
                        Briefing.completeContent().replace("\"dueOn\": \"", "\"dueOn\": \"x")),
                ProblemType.INVALID_BODY, PATH + "/" + id);
        ProblemContent.assertProblem(Briefing.save(acme.asExecutive(), id, 0, "{\"colour\": \"red\"}"),
                ProblemType.INVALID_BODY, PATH + "/" + id).body("errors[0].field", equalTo("colour"));
        ProblemContent.assertProblem(Briefing.save(acme.asExecutive(), id, 0, "{\"tone\": "),
                ProblemType.MALFORMED_JSON, PATH + "/" + id);
        ProblemContent.assertProblem(as(acme.asExecutive()).body("{\"content\": null}").when().post(PATH).then(),
                ProblemType.CONSTRAINT_VIOLATION, PATH).body("errors.field", hasItem(containsString("jobRequestId")));
        ProblemContent.assertProblem(as(acme.asExecutive())
                .body(Briefing.newBrief(UUID.randomUUID().toString(), "null"))
                .when().post(PATH).then(), ProblemType.NOT_FOUND, PATH);
        String unknown = PATH + "/" + UUID.randomUUID();
        ProblemContent.assertProblem(as(acme.asExecutive()).when().get(unknown).then(), ProblemType.NOT_FOUND, unknown);
    }
}
