package agency.suits.briefs.jobrequest;

import agency.suits.accounts.Accounts;
import agency.suits.briefs.TestAccount;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.briefs.JobRequestReceived;
import agency.suits.events.clients.ClientStatus;
import agency.suits.security.Role;
import agency.suits.testing.ProblemContent;
import agency.suits.testing.TopicProbe;
import agency.suits.web.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.parsing.Parser;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class JobRequestResourceTest {

    static final String PATH = "/api/job-requests";

    @Inject
    Accounts accounts;

    TestAccount acme;
    String year = String.valueOf(Year.now(ZoneOffset.UTC).getValue());

    @BeforeAll
    static void describeFailures() {
        RestAssured.registerParser(ProblemContent.MEDIA_TYPE, Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void registerClient() {
        acme = TestAccount.withPlanner(accounts);
    }

    /** A valid request body for the client; tests change one thing in it. */
    static String request(TestAccount account) {
        return """
                {"clientId": "%s", "title": "Spring launch", "description": "A launch film for the new shoe",
                 "requestedDeliverables": ["30s film", "Key visual"], "wantedBy": "%s",
                 "budgetIndication": {"amount": "25000.50", "currency": "EUR"},
                 "requestedByContactId": null, "channel": "EMAIL"}
                """.formatted(account.clientId, LocalDate.now().plusMonths(2));
    }

    static ValidatableResponse create(String token, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post(PATH).then();
    }

    @Test
    void logsAJobRequestWithTheClientsNextJobNumberAndPublishesJobRequestReceived() throws Exception {
        try (TopicProbe probe = TopicProbe.watching(Topics.BRIEFS)) {
            String id = create(acme.asExecutive(), request(acme)).statusCode(201)
                    .header("Location", containsString(PATH + "/"))
                    .header("ETag", notNullValue())
                    .body("jobNumber", equalTo(acme.code + "-" + year + "-0001"))
                    .body("status", equalTo("RECEIVED"))
                    .body("nextStatuses", equalTo(List.of("BRIEFING", "CANCELLED")))
                    .body("budgetIndication.amount", equalTo("25000.50"))
                    .body("budgetIndication.currency", equalTo("EUR"))
                    .body("requestedDeliverables", equalTo(List.of("30s film", "Key visual")))
                    .body("loggedBy", equalTo(acme.executive.toString()))
                    .extract().path("id");

            JsonNode event = probe.awaitEvent(EventType.forPayload(JobRequestReceived.class).type(),
                    e -> e.path("data").path("jobRequestId").asText().equals(id), Duration.ofSeconds(20));
            assertEquals(acme.code + "-" + year + "-0001", event.path("subject").asText());
            JsonNode data = event.path("data");
            assertEquals(acme.clientId.toString(), data.path("clientId").asText());
            assertEquals("Spring launch", data.path("title").asText());
            assertEquals("25000.50", data.path("budgetIndication").path("amount").asText());
            assertEquals("EMAIL", data.path("channel").asText());
            assertEquals(acme.executive.toString(), data.path("loggedBy").asText());
        }
        create(acme.asCoordinator(), request(acme)).statusCode(201)
                .body("jobNumber", equalTo(acme.code + "-" + year + "-0002"));
    }

    @Test
    void numbersConcurrentRequestsWithoutDuplicatesOrGaps() throws Exception {
        int requests = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                calls.add(() -> create(acme.asExecutive(), request(acme)).statusCode(201)
                        .extract().<String>path("jobNumber"));
            }
            Set<String> numbers = new TreeSet<>();
            for (Future<String> result : pool.invokeAll(calls)) {
                numbers.add(result.get());
            }
            Set<String> expected = IntStream.rangeClosed(1, requests)
                    .mapToObj(n -> "%s-%s-%04d".formatted(acme.code, year, n))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, numbers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void numbersEachClientFromOne() {
        TestAccount other = TestAccount.active(accounts);
        create(acme.asExecutive(), request(acme)).statusCode(201);
        create(other.asExecutive(), request(other)).statusCode(201)
                .body("jobNumber", equalTo(other.code + "-" + year + "-0001"));
    }

    @Test
    void answersNotFoundForAClientTheCallerIsNotOn() {
        TestAccount other = TestAccount.active(accounts);
        ProblemContent.assertProblem(create(acme.asExecutive(), request(other)), ProblemType.NOT_FOUND, PATH)
                .body("detail", containsString(other.clientId.toString()));
        ProblemContent.assertProblem(create(acme.asExecutive(),
                request(other).replace(other.clientId.toString(), java.util.UUID.randomUUID().toString())),
                ProblemType.NOT_FOUND, PATH);
    }

    @Test
    void letsADirectorLogForAnyClient() {
        create(TestAccount.asDirector(), request(acme)).statusCode(201).body("status", equalTo("RECEIVED"));
    }

    @Test
    void refusesRolesThatDoNotLogJobRequests() {
        for (Role role : List.of(Role.ACCOUNT_PLANNER, Role.CREATIVE, Role.FINANCE, Role.TRAFFIC)) {
            ProblemContent.assertProblem(create(TestAccount.asOutsider(role), request(acme)), ProblemType.FORBIDDEN,
                    PATH).body("detail", containsString("log job requests"));
        }
    }

    @Test
    void refusesWorkForAPausedClient() {
        acme.changeStatus(ClientStatus.PAUSED);
        ProblemContent.assertProblem(create(acme.asExecutive(), request(acme)), ProblemType.CONFLICT, PATH)
                .body("detail", containsString("PAUSED"));
    }

    @Test
    void answersBadInputWithProblemJson() {
        String valid = request(acme);
        ProblemContent.assertProblem(create(acme.asExecutive(), valid.replace("\"Spring launch\"", "\" \"")),
                ProblemType.CONSTRAINT_VIOLATION, PATH).body("errors.field", hasItem(containsString("title")));
        ProblemContent.assertProblem(create(acme.asExecutive(),
                valid.replace("[\"30s film\", \"Key visual\"]", "[]")),
                ProblemType.CONSTRAINT_VIOLATION, PATH)
                .body("errors.field", hasItem(containsString("requestedDeliverables")));
        ProblemContent.assertProblem(create(acme.asExecutive(),
                valid.replace(LocalDate.now().plusMonths(2).toString(), "2001-01-01")),
                ProblemType.CONSTRAINT_VIOLATION, PATH).body("errors.field", hasItem(containsString("wantedBy")));
        ProblemContent.assertProblem(create(acme.asExecutive(), valid.replace("\"EUR\"", "\"EURO\"")),
                ProblemType.INVALID_BODY, PATH).body("detail", containsString("currency"));
        ProblemContent.assertProblem(create(acme.asExecutive(), valid.replace("\"25000.50\"", "\"-5\"")),
                ProblemType.INVALID_BODY, PATH);
        ProblemContent.assertProblem(create(acme.asExecutive(), valid.replace("\"EMAIL\"", "\"FAX\"")),
                ProblemType.INVALID_BODY, PATH).body("errors[0].field", equalTo("channel"));
        ProblemContent.assertProblem(create(acme.asExecutive(),
                        valid.replace("\"title\"", "\"jobNumber\": \"X\", \"title\"")),
                ProblemType.INVALID_BODY, PATH).body("errors[0].field", equalTo("jobNumber"));
        ProblemContent.assertProblem(create(acme.asExecutive(), "{\"clientId\": "), ProblemType.MALFORMED_JSON, PATH);
        ProblemContent.assertProblem(create(acme.asExecutive(), valid.replace(acme.clientId.toString(), "acme")),
                ProblemType.INVALID_BODY, PATH).body("errors[0].field", equalTo("clientId"));
        ProblemContent.assertProblem(given().header("Authorization", acme.asExecutive()).contentType(ContentType.JSON)
                .when().post(PATH).then(), ProblemType.CONSTRAINT_VIOLATION, PATH);
    }

    @Test
    void refusesABudgetFinerThanItsCurrencysMinorUnitsWhichBillingWouldRefuse() {
        ProblemContent.assertProblem(create(acme.asExecutive(), request(acme).replace("\"25000.50\"", "\"1000.005\"")),
                ProblemType.UNPROCESSABLE, PATH)
                .body("detail", equalTo("EUR has 2 minor units; 1000.005 has more decimals"));
        ProblemContent.assertProblem(create(acme.asExecutive(), request(acme)
                        .replace("{\"amount\": \"25000.50\", \"currency\": \"EUR\"}",
                                "{\"amount\": \"1000.5\", \"currency\": \"JPY\"}")),
                ProblemType.UNPROCESSABLE, PATH)
                .body("detail", equalTo("JPY has 0 minor units; 1000.5 has more decimals"));
        // nothing was logged: the first request taken still gets the client's first number
        create(acme.asExecutive(), request(acme)).statusCode(201)
                .body("jobNumber", equalTo(acme.code + "-" + year + "-0001"));
    }

    @Test
    void keepsABudgetAtItsCurrencysMinorUnits() throws Exception {
        create(acme.asExecutive(), request(acme).replace("\"25000.50\"", "\"1000.00\"")).statusCode(201)
                .body("budgetIndication.amount", equalTo("1000.00"));
        try (TopicProbe probe = TopicProbe.watching(Topics.BRIEFS)) {
            String id = create(acme.asExecutive(), request(acme).replace("\"25000.50\"", "\"1000\"")).statusCode(201)
                    .body("budgetIndication.amount", equalTo("1000.00"))
                    .body("budgetIndication.currency", equalTo("EUR"))
                    .extract().path("id");
            given().header("Authorization", acme.asExecutive()).when().get(PATH + "/" + id).then()
                    .statusCode(200).body("budgetIndication.amount", equalTo("1000.00"));
            JsonNode event = probe.awaitEvent(EventType.forPayload(JobRequestReceived.class).type(),
                    e -> e.path("data").path("jobRequestId").asText().equals(id), Duration.ofSeconds(20));
            assertEquals("1000.00", event.path("data").path("budgetIndication").path("amount").asText());
        }
        create(acme.asExecutive(), request(acme).replace("{\"amount\": \"25000.50\", \"currency\": \"EUR\"}",
                "{\"amount\": \"150000\", \"currency\": \"JPY\"}")).statusCode(201)
                .body("budgetIndication.amount", equalTo("150000"))
                .body("budgetIndication.currency", equalTo("JPY"));
    }

    @Test
    void showsAJobToItsTeamAndDirectorsOnly() {
        String id = create(acme.asExecutive(), request(acme)).statusCode(201).extract().path("id");
        given().header("Authorization", acme.asPlanner()).when().get(PATH + "/" + id).then()
                .statusCode(200).header("ETag", equalTo("\"0\"")).body("title", equalTo("Spring launch"));
        given().header("Authorization", TestAccount.asDirector()).when().get(PATH + "/" + id).then()
                .statusCode(200).body("id", equalTo(id));
        ProblemContent.assertProblem(given().header("Authorization", TestAccount.asOutsider(Role.ACCOUNT_EXECUTIVE))
                .when().get(PATH + "/" + id).then(), ProblemType.NOT_FOUND, PATH + "/" + id);
        ProblemContent.assertProblem(given().header("Authorization", acme.asExecutive())
                .when().get(PATH + "/not-a-uuid").then(), ProblemType.INVALID_PARAMETER, PATH + "/not-a-uuid");
    }

    @Test
    void listsOnlyTheJobsOfTheCallersClients() {
        TestAccount other = TestAccount.active(accounts);
        create(acme.asExecutive(), request(acme)).statusCode(201);
        create(other.asExecutive(), request(other)).statusCode(201);
        given().header("Authorization", acme.asExecutive()).when().get(PATH).then()
                .statusCode(200)
                .body("items.clientId", hasItem(acme.clientId.toString()))
                .body("items.clientId", not(hasItem(other.clientId.toString())));
        given().header("Authorization", TestAccount.asDirector()).queryParam("clientId", other.clientId)
                .when().get(PATH).then()
                .statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].clientId", equalTo(other.clientId.toString()));
        ProblemContent.assertProblem(given().header("Authorization", acme.asExecutive()).queryParam("size", "0")
                .when().get(PATH).then(), ProblemType.INVALID_PARAMETER, PATH);
        ProblemContent.assertProblem(given().header("Authorization", acme.asExecutive()).queryParam("sort", "title")
                .when().get(PATH).then(), ProblemType.INVALID_PARAMETER, PATH);
        ProblemContent.assertProblem(given().header("Authorization", acme.asExecutive()).queryParam("status", "DONE")
                .when().get(PATH).then(), ProblemType.INVALID_PARAMETER, PATH);
    }

    static ValidatableResponse changeStatus(String token, String id, String ifMatch, String status) {
        var request = given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"status\": \"" + status + "\"}");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post(PATH + "/" + id + "/status").then();
    }

    @Test
    void movesAJobOnlyAlongLegalTransitions() {
        String id = create(acme.asExecutive(), request(acme)).statusCode(201).extract().path("id");
        String statusPath = PATH + "/" + id + "/status";
        ProblemContent.assertProblem(changeStatus(acme.asExecutive(), id, "\"0\"", "COMPLETED"),
                        ProblemType.CONFLICT, statusPath)
                .body("detail", containsString("is RECEIVED and cannot move to COMPLETED"))
                .body("allowedActions", equalTo(List.of("BRIEFING", "CANCELLED")));
        changeStatus(acme.asExecutive(), id, "\"0\"", "BRIEFING").statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("BRIEFING"));
        ProblemContent.assertProblem(changeStatus(acme.asExecutive(), id, "\"1\"", "SUBMITTED"),
                        ProblemType.CONFLICT, statusPath)
                .body("detail", containsString("through its brief"))
                .body("allowedActions", equalTo(List.of("CANCELLED")));
        ProblemContent.assertProblem(changeStatus(acme.asExecutive(), id, null, "CANCELLED"),
                ProblemType.PRECONDITION_REQUIRED, statusPath);
        ProblemContent.assertProblem(changeStatus(acme.asExecutive(), id, "\"0\"", "CANCELLED"),
                ProblemType.PRECONDITION_FAILED, statusPath);
        ProblemContent.assertProblem(changeStatus(acme.asCoordinator(), id, "\"1\"", "CANCELLED"),
                ProblemType.FORBIDDEN, statusPath);
        ProblemContent.assertProblem(changeStatus(acme.asExecutive(), id, "\"1\"", "LOST"),
                ProblemType.INVALID_BODY, statusPath);

        changeStatus(acme.asExecutive(), id, "\"1\"", "CANCELLED").statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("status", equalTo("CANCELLED"))
                .body("nextStatuses", equalTo(List.of()));
        ProblemContent.assertProblem(changeStatus(acme.asExecutive(), id, "\"2\"", "BRIEFING"),
                ProblemType.CONFLICT, statusPath)
                .body("detail", containsString("is CANCELLED and cannot move to BRIEFING"))
                .body("allowedActions", nullValue());
    }
}
