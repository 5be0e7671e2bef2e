package agency.suits.creative.round;

import agency.suits.creative.support.Api;
import agency.suits.creative.support.Briefs;
import agency.suits.creative.support.ReviewTeam;
import agency.suits.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.parsing.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static agency.suits.creative.support.Briefs.aBrief;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The account director presents new work with the creative director, and the round records them both. */
@QuarkusTest
class PresentersTest {

    private final ReviewTeam team = new ReviewTeam();
    private final Api accountDirector = Api.as(Role.ACCOUNT_DIRECTOR);

    @BeforeAll
    static void problemsAreJson() {
        RestAssured.registerParser("application/problem+json", Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theAccountDirectorAndTheCreativeDirectorWhoReviewedTheWorkPresentItTogether() {
        Briefs brief = aBrief();
        String job = team.open(brief);
        String version = team.readyToPresent(job, brief);
        String director = team.director.staffId.toString();
        accountDirector.change(job + "/presentation", Map.of("workVersionIds", List.of(version),
                        "presenters", List.of(director))).statusCode(200)
                .body("status", equalTo("WITH_CLIENT"))
                .body("rounds[0].presentedBy", equalTo(accountDirector.staffId.toString()))
                .body("rounds[0].presenters", contains(accountDirector.staffId.toString(), director));
        team.director.get(job + "/history")
                .body("items.find { it.kind == 'PRESENTATION' }.presenters",
                        contains(accountDirector.staffId.toString(), director));
    }

    @Test
    void someoneWhoIsNeitherOnTheTeamNorOnTheJobIsNoPresenter() {
        Briefs brief = aBrief();
        String job = team.open(brief);
        String version = team.readyToPresent(job, brief);
        UUID stranger = UUID.randomUUID();
        team.executive.change(job + "/presentation", Map.of("workVersionIds", List.of(version),
                        "presenters", List.of(team.planner.staffId.toString(), stranger.toString()))).statusCode(422)
                .body("detail", containsString("Only the account team and the people who worked on the job"))
                .body("errors.message", contains(stranger + " is neither on the client's account team nor worked on "
                        + "the job"));
        team.executive.change(job + "/presentation", Map.of("workVersionIds", List.of(version))).statusCode(200)
                .body("rounds[0].presenters", contains(team.executive.staffId.toString()));
    }
}
