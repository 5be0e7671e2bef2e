package agency.suits.clients.opportunity;

import agency.suits.clients.ClientsApi;
import agency.suits.clients.ClientsApi.Staff;
import agency.suits.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static agency.suits.clients.ClientsApi.assign;
import static agency.suits.testing.ProblemContent.assertProblem;
import static agency.suits.web.problem.ProblemType.CONFLICT;
import static agency.suits.web.problem.ProblemType.CONSTRAINT_VIOLATION;
import static agency.suits.web.problem.ProblemType.FORBIDDEN;
import static agency.suits.web.problem.ProblemType.INVALID_BODY;
import static agency.suits.web.problem.ProblemType.NOT_FOUND;
import static agency.suits.web.problem.ProblemType.PRECONDITION_FAILED;
import static agency.suits.web.problem.ProblemType.PRECONDITION_REQUIRED;
import static agency.suits.web.problem.ProblemType.UNPROCESSABLE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class OpportunityResourceTest {

    private final Staff sam = Staff.with(Role.ACCOUNT_SUPERVISOR);
    private final Staff eve = Staff.with(Role.ACCOUNT_EXECUTIVE);
    private UUID client;
    private String opportunities;

    @BeforeEach
    void aClient() {
        client = ClientsApi.register(sam, "Opportunity client");
        assign(sam, client, eve.id(), "ACCOUNT_EXECUTIVE", false).statusCode(200);
        opportunities = "/api/clients/" + client + "/opportunities";
    }

    private static Map<String, Object> relaunch() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Spring relaunch");
        body.put("description", "Packaging and TV");
        body.put("estimatedValue", Map.of("amount", "45000.50", "currency", "EUR"));
        body.put("expectedCloseOn", "2027-03-31");
        return body;
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> body = relaunch();
        body.put(key, value);
        return body;
    }

    @Test
    void opensAnOpportunityAndMovesItToWon() {
        String id = sam.request().body(relaunch()).post(opportunities).then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("stage", equalTo("IDENTIFIED"))
                .body("estimatedValue.amount", equalTo("45000.50"))
                .body("ownerId", equalTo(sam.id().toString()))
                .extract().path("id");
        String path = opportunities + "/" + id;
        sam.request().header("If-Match", "\"0\"").body(with("stage", "PROPOSAL")).put(path).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("stage", equalTo("PROPOSAL"))
                .body("allowedStages", hasItems("NEGOTIATION", "WON", "LOST"));
        sam.request().header("If-Match", "\"1\"").body(with("stage", "WON")).put(path).then()
                .statusCode(200)
                .body("allowedStages", empty());
        assertProblem(sam.request().header("If-Match", "\"2\"").body(with("stage", "NEGOTIATION")).put(path).then(),
                CONFLICT, path).body("detail", equalTo("An opportunity that is WON cannot move to NEGOTIATION"));

        eve.request().get(opportunities).then().statusCode(200).body("items.id", contains(id));
        eve.request().queryParam("stage", "LOST").get(opportunities).then().statusCode(200)
                .body("items", empty());
        eve.request().get(path).then().statusCode(200).header("ETag", equalTo("\"2\""));
    }

    @Test
    void refusesStaleOrMissingIfMatch() {
        String id = sam.request().body(relaunch()).post(opportunities).then().statusCode(201).extract().path("id");
        String path = opportunities + "/" + id;
        assertProblem(sam.request().body(relaunch()).put(path).then(), PRECONDITION_REQUIRED, path);
        assertProblem(sam.request().header("If-Match", "\"3\"").body(relaunch()).put(path).then(),
                PRECONDITION_FAILED, path);
    }

    @Test
    void refusesAnEstimateFinerThanTheCurrencysMinorUnitsAndAnswersAtThem() {
        Map<String, Object> fine = with("estimatedValue", Map.of("amount", "1000.005", "currency", "EUR"));
        assertProblem(sam.request().body(fine).post(opportunities).then(), UNPROCESSABLE, opportunities)
                .body("detail", equalTo("EUR has 2 minor units; 1000.005 has more decimals"));
        String id = sam.request().body(with("estimatedValue", Map.of("amount", "1000", "currency", "EUR")))
                .post(opportunities).then()
                .statusCode(201)
                .body("estimatedValue.amount", equalTo("1000.00"))
                .extract().path("id");
        String path = opportunities + "/" + id;
        assertProblem(sam.request().header("If-Match", "\"0\"").body(fine).put(path).then(), UNPROCESSABLE, path)
                .body("detail", equalTo("EUR has 2 minor units; 1000.005 has more decimals"));
        sam.request().get(path).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("estimatedValue.amount", equalTo("1000.00"));
    }

    @Test
    void refusesBadOpportunities() {
        assertProblem(sam.request().body(with("title", "")).post(opportunities).then(), CONSTRAINT_VIOLATION,
                opportunities);
        assertProblem(sam.request().body(with("title", "t".repeat(201))).post(opportunities).then(),
                CONSTRAINT_VIOLATION, opportunities);
        assertProblem(sam.request().body(with("estimatedValue", null)).post(opportunities).then(),
                CONSTRAINT_VIOLATION, opportunities);
        assertProblem(sam.request().body(with("estimatedValue", Map.of("amount", 45000, "currency", "EUR")))
                .post(opportunities).then(), INVALID_BODY, opportunities);
        assertProblem(sam.request().body(with("stage", "DREAM")).post(opportunities).then(), INVALID_BODY,
                opportunities);
        assertProblem(sam.request().body(with("probability", 0.5)).post(opportunities).then(), INVALID_BODY,
                opportunities);
    }

    @Test
    void onlySupervisorsAndDirectorsPursueAndOutsidersSeeNothing() {
        String id = sam.request().body(relaunch()).post(opportunities).then().statusCode(201).extract().path("id");
        assertProblem(eve.request().body(relaunch()).post(opportunities).then(), FORBIDDEN, opportunities);
        assertProblem(eve.request().header("If-Match", "*").body(relaunch()).put(opportunities + "/" + id).then(),
                FORBIDDEN, opportunities + "/" + id);
        ClientsApi.director().request().body(relaunch()).post(opportunities).then().statusCode(201);
        Staff outsider = Staff.with(Role.ACCOUNT_SUPERVISOR);
        assertProblem(outsider.request().get(opportunities).then(), NOT_FOUND, opportunities);
        assertProblem(outsider.request().get(opportunities + "/" + id).then(), NOT_FOUND, opportunities + "/" + id);
        assertProblem(outsider.request().body(relaunch()).post(opportunities).then(), NOT_FOUND, opportunities);
    }
}
