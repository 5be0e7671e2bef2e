package agency.suits.briefs.brief;

import agency.suits.accounts.Accounts;
import agency.suits.briefs.TestAccount;
import agency.suits.testing.ProblemContent;
import io.restassured.RestAssured;
import io.restassured.parsing.Parser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** What the HTTP tests of briefs start from: an ACTIVE client with its whole team, and a job of it to brief. */
abstract class JobToBrief {

    static final String PATH = "/api/briefs";

    @Inject
    Accounts accounts;

    @Inject
    EntityManager entityManager;

    TestAccount acme;
    String jobId;

    @BeforeAll
    static void describeFailures() {
        RestAssured.registerParser(ProblemContent.MEDIA_TYPE, Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void logJob() {
        acme = TestAccount.active(accounts);
        jobId = Briefing.logJob(acme);
    }
}
