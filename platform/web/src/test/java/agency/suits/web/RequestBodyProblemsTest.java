package agency.suits.web;

import agency.suits.web.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static agency.suits.web.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class RequestBodyProblemsTest {

    private static final String ACCOUNTS = "/probe/accounts";

    private static io.restassured.response.ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(ACCOUNTS).then();
    }

    @Test
    void registersAWellFormedAccount() {
        post("""
                {"name": "Acme Foods", "since": "2024-02-01", "includedRounds": 2, "kind": "RETAINER",
                 "contacts": [{"name": "Ann", "email": "ann@acme.example"}]}""")
                .statusCode(201)
                .header("Location", containsString(ACCOUNTS + "/"))
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Acme Foods"));
    }

    @Test
    void rejectsMalformedJson() {
        assertProblem(post("{\"name\": \"Acme\", "), ProblemType.MALFORMED_JSON, ACCOUNTS)
                .body("detail", containsString("not well-formed JSON"));
    }

    @Test
    void rejectsTrailingGarbageAfterTheDocument() {
        assertProblem(post("{\"name\": \"Acme\", \"since\": \"2024-02-01\", \"includedRounds\": 1} {}"),
                ProblemType.MALFORMED_JSON, ACCOUNTS);
    }

    @Test
    void rejectsADuplicatedField() {
        assertProblem(post("{\"name\": \"Acme\", \"name\": \"Other\", \"since\": \"2024-02-01\"}"),
                ProblemType.MALFORMED_JSON, ACCOUNTS);
    }

    @Test
    void rejectsAWrongTypeNamingTheField() {
        assertProblem(post("{\"name\": \"Acme\", \"since\": \"2024-02-01\", \"includedRounds\": \"two\"}"),
                ProblemType.INVALID_BODY, ACCOUNTS)
                .body("errors.field", contains("includedRounds"))
                .body("errors[0].message", equalTo("must be a whole number"))
                .body("detail", not(containsString("agency.suits")));
    }

    @Test
    void rejectsAFractionWhereAWholeNumberBelongs() {
        assertProblem(post("{\"name\": \"Acme\", \"since\": \"2024-02-01\", \"includedRounds\": 2.5}"),
                ProblemType.INVALID_BODY, ACCOUNTS)
                .body("errors.field", contains("includedRounds"));
    }

    @Test
    void rejectsAnUnparseableDateNamingTheField() {
        assertProblem(post("{\"name\": \"Acme\", \"since\": \"last spring\"}"), ProblemType.INVALID_BODY, ACCOUNTS)
                .body("errors.field", contains("since"))
                .body("errors[0].message", equalTo("must be a date (yyyy-MM-dd)"));
    }

    @Test
    void rejectsAnUnknownEnumValueListingTheKnownOnes() {
        assertProblem(post("{\"name\": \"Acme\", \"since\": \"2024-02-01\", \"kind\": \"BARTER\"}"),
                ProblemType.INVALID_BODY, ACCOUNTS)
                .body("errors.field", contains("kind"))
                .body("errors[0].message", equalTo("must be one of [RETAINER, PROJECT]"));
    }

    @Test
    void rejectsAWrongTypeInsideAListNamingItsPosition() {
        assertProblem(post("{\"name\": \"Acme\", \"since\": \"2024-02-01\", \"contacts\": [{\"name\": \"Ann\","
                + " \"email\": \"ann@acme.example\"}, \"Bob\"]}"), ProblemType.INVALID_BODY, ACCOUNTS)
                .body("errors.field", contains("contacts[1]"));
    }

    @Test
    void rejectsAnUnknownFieldNamingIt() {
        assertProblem(post("{\"name\": \"Acme\", \"since\": \"2024-02-01\", \"includedRounds\": 1, \"budgetCap\": 10}"),
                ProblemType.INVALID_BODY, ACCOUNTS)
                .body("errors.field", contains("budgetCap"))
                .body("errors[0].message", equalTo("is not a known field"));
    }

    @Test
    void rejectsAnUnknownFieldInANestedObject() {
        assertProblem(post("{\"name\": \"Acme\", \"since\": \"2024-02-01\", \"contacts\": [{\"name\": \"Ann\","
                + " \"email\": \"ann@acme.example\", \"phone\": \"1\"}]}"), ProblemType.INVALID_BODY, ACCOUNTS)
                .body("errors.field", contains("contacts[0].phone"));
    }

    @Test
    void rejectsAReadOnlyFieldInsteadOfIgnoringIt() {
        assertProblem(post("{\"id\": \"00000000-0000-0000-0000-000000000009\", \"name\": \"Acme\","
                + " \"since\": \"2024-02-01\", \"includedRounds\": 1}"), ProblemType.INVALID_BODY, ACCOUNTS)
                .body("errors.field", contains("id"))
                .body("errors[0].message", equalTo("is read-only and cannot be set"));
    }

    @Test
    void rejectsNullForANumberThatCannotBeEmpty() {
        assertProblem(post("{\"name\": \"Acme\", \"since\": \"2024-02-01\", \"includedRounds\": null}"),
                ProblemType.INVALID_BODY, ACCOUNTS)
                .body("errors.field", contains("includedRounds"))
                .body("errors[0].message", equalTo("is required and must not be null"));
    }

    @Test
    void rejectsAMissingNumberInsteadOfAssumingZero() {
        assertProblem(post("{\"name\": \"Acme\", \"since\": \"2024-02-01\"}"), ProblemType.INVALID_BODY, ACCOUNTS)
                .body("errors.field", contains("includedRounds"));
    }

    @Test
    void rejectsAnArrayWhereAnObjectBelongs() {
        assertProblem(post("[]"), ProblemType.INVALID_BODY, ACCOUNTS);
    }

    @Test
    void rejectsAMissingBody() {
        assertProblem(given().contentType(ContentType.JSON).when().post(ACCOUNTS).then(),
                ProblemType.CONSTRAINT_VIOLATION, ACCOUNTS)
                .body("errors.field", contains("account"));
    }

    @Test
    void reportsEveryViolatedFieldByItsJsonPath() {
        assertProblem(post("{\"name\": \" \", \"includedRounds\": -1, \"contacts\": [{\"name\": \"Ann\","
                + " \"email\": \"not-an-address\"}]}"), ProblemType.CONSTRAINT_VIOLATION, ACCOUNTS)
                .body("errors", hasSize(4))
                .body("errors.field", contains("contacts[0].email", "includedRounds", "name", "since"));
    }

    @Test
    void overridesQuarkusOwnViolationReport() {
        post("{\"name\": \"\", \"since\": \"2024-02-01\", \"includedRounds\": 1}")
                .statusCode(400)
                .header("validation-exception", org.hamcrest.Matchers.nullValue())
                .body("title", equalTo(ProblemType.CONSTRAINT_VIOLATION.title()));
    }

    @Test
    void rejectsAnUnsupportedMediaType() {
        assertProblem(given().contentType(ContentType.TEXT).body("name=Acme").when().post(ACCOUNTS).then(),
                ProblemType.UNSUPPORTED_MEDIA_TYPE, ACCOUNTS)
                .body("detail", containsString("text/plain"));
    }

    @Test
    void rejectsAnOversizedBodyAsProblemJson() {
        String huge = "{\"name\": \"" + "x".repeat(20 * 1024) + "\", \"since\": \"2024-02-01\"}";
        assertProblem(post(huge), ProblemType.PAYLOAD_TOO_LARGE, ACCOUNTS)
                .body("detail", containsString("the limit is 16384 bytes"));
    }

    @Test
    void explainsAValueTheRequestRecordItselfRejects() {
        String account = ACCOUNTS + "/" + AccountProbeResource.KNOWN;
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"3\"")
                        .body("{\"name\": \"<b>Acme</b>\"}").when().put(account).then(),
                ProblemType.INVALID_BODY, account)
                .body("detail", containsString("a name must not contain markup"));
    }

    @Test
    void refusesANulCharacterInATextFieldNamingTheField() {
        assertProblem(post("{\"name\": \"Ac\\u0000me\", \"since\": \"2024-02-01\"}"),
                ProblemType.INVALID_BODY, ACCOUNTS)
                .body("errors.field", contains("name"))
                .body("errors[0].message", equalTo("must not contain a NUL character (\\u0000)"));
    }
}
