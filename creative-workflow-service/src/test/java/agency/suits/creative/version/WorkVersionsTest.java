package agency.suits.creative.version;

import agency.suits.creative.support.Api;
import agency.suits.creative.support.Briefs;
import agency.suits.creative.support.Work;
import agency.suits.security.Role;
import agency.suits.testing.events.Published;
import agency.suits.web.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.parsing.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static agency.suits.creative.support.Briefs.aBrief;
import static agency.suits.testing.ProblemContent.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class WorkVersionsTest {

    private final Api director = Api.as(Role.CREATIVE_DIRECTOR);
    private final Api creative = Api.as(Role.CREATIVE);
    private Briefs brief;
    private String versions;

    @BeforeAll
    static void problemsAreJson() {
        RestAssured.registerParser("application/problem+json", Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void aJobWithAnAssignedCreative() {
        brief = aBrief();
        Published.event(brief.submitted());
        String jobId = director.awaitJobId(brief.jobNumber);
        director.change("/api/creative-jobs/" + jobId + "/assignments", Map.of("staffId", creative.staffId.toString()))
                .statusCode(200);
        versions = "/api/creative-jobs/" + jobId + "/versions";
    }

    @Test
    void versionsAreNumberedPerDeliverable() {
        creative.post(versions, Work.version(brief.bannerId, "Banner A")).statusCode(201)
                .header("Location", startsWith("http"))
                .body("versionNumber", equalTo(1)).body("round", equalTo(1))
                .body("createdBy", equalTo(creative.staffId.toString()));
        creative.post(versions, Work.version(brief.bannerId, "Banner B")).statusCode(201)
                .body("versionNumber", equalTo(2));
        String poster = director.post(versions, Work.version(brief.posterId, "Poster")).statusCode(201)
                .body("versionNumber", equalTo(1)).extract().path("id");

        creative.get(versions).statusCode(200)
                .body("items.title", contains("Banner A", "Banner B", "Poster"))
                .body("items.versionNumber", contains(1, 2, 1))
                .body("items[0].mediaType", equalTo("image/png"))
                .body("items[0].checksum", equalTo("sha256:" + "ab".repeat(32)));
        creative.get(versions + "/" + poster).statusCode(200).body("title", equalTo("Poster"));
        UUID unknown = UUID.randomUUID();
        assertProblem(creative.get(versions + "/" + unknown), ProblemType.NOT_FOUND, versions + "/" + unknown);
    }

    @Test
    void onlyAssignedCreativesAndTheDirectorAddWork() {
        assertProblem(Api.as(Role.CREATIVE).post(versions, Work.version(brief.bannerId, "x")), ProblemType.FORBIDDEN,
                versions).body("detail", equalTo("Only creatives assigned to job " + brief.jobNumber
                + " add its work versions"));
        assertProblem(Api.as(Role.ACCOUNT_DIRECTOR).post(versions, Work.version(brief.bannerId, "x")),
                ProblemType.FORBIDDEN, versions)
                .body("detail", equalTo("Only CREATIVE, CREATIVE_DIRECTOR may add work versions"));
    }

    @Test
    void badMetadataIsRefusedNamingTheField() {
        Map<String, Object> body = Work.version(brief.bannerId, "x");
        body.put("assetUrl", "ftp://files.example.com/a.png");
        assertProblem(creative.post(versions, body), ProblemType.UNPROCESSABLE, versions)
                .body("errors[0].field", equalTo("assetUrl"))
                .body("errors[0].message", equalTo("must be an http or https URL"));

        assertProblem(creative.post(versions, Work.version(UUID.randomUUID(), "x")), ProblemType.UNPROCESSABLE,
                versions).body("errors[0].field", equalTo("deliverableId"));

        for (Map.Entry<String, String> bad : List.of(Map.entry("title", " "), Map.entry("title", "t".repeat(201)),
                Map.entry("mediaType", "png"), Map.entry("checksum", "abc"), Map.entry("notes", "n".repeat(4001)),
                Map.entry("assetUrl", ""))) {
            Map<String, Object> invalid = Work.version(brief.bannerId, "x");
            invalid.put(bad.getKey(), bad.getValue());
            assertProblem(creative.post(versions, invalid), ProblemType.CONSTRAINT_VIOLATION, versions)
                    .body("errors.field", hasItem(org.hamcrest.Matchers.endsWith(bad.getKey())));
        }
        Map<String, Object> unknownField = Work.version(brief.bannerId, "x");
        unknownField.put("versionNumber", 7);
        assertProblem(creative.post(versions, unknownField), ProblemType.INVALID_BODY, versions);
        Map<String, Object> badId = Work.version(brief.bannerId, "x");
        badId.put("deliverableId", "banner");
        assertProblem(creative.post(versions, badId), ProblemType.INVALID_BODY, versions);
        assertProblem(creative.request().body("[]").post(versions).then(), ProblemType.INVALID_BODY, versions);
        assertProblem(creative.request().body("").post(versions).then(), ProblemType.CONSTRAINT_VIOLATION, versions);
        String unknownJob = "/api/creative-jobs/" + UUID.randomUUID() + "/versions";
        assertProblem(creative.post(unknownJob, Work.version(brief.bannerId, "x")), ProblemType.NOT_FOUND,
                unknownJob);
    }

    @Test
    void noNewWorkOnceTheRoundLeftTheDepartment() {
        creative.post(versions, Work.version(brief.bannerId, "Banner")).statusCode(201);
        String job = versions.replace("/versions", "");
        director.change(job + "/internal-review", Map.of("outcome", "APPROVED")).statusCode(200);

        assertProblem(creative.post(versions, Work.version(brief.bannerId, "late")), ProblemType.CONFLICT, versions)
                .body("allowedActions", contains("ASSIGN", "STRATEGY_CHECK", "CANCEL"));
    }
}
