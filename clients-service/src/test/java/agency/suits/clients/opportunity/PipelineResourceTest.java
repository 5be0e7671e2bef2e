package agency.suits.clients.opportunity;

import agency.suits.clients.ClientsApi;
import agency.suits.clients.ClientsApi.Staff;
import agency.suits.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static agency.suits.testing.ProblemContent.assertProblem;
import static agency.suits.web.problem.ProblemType.FORBIDDEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The opportunities across clients: who sees which, the narrowing, and the totals per stage and currency. */
@QuarkusTest
class PipelineResourceTest {

    private final Staff sam = ClientsApi.supervisor();
    private final Staff kim = ClientsApi.supervisor();
    private final Staff director = ClientsApi.director();
    private UUID samsClient;
    private UUID kimsClient;

    @BeforeEach
    void twoSupervisorsClients() {
        samsClient = ClientsApi.register(sam, "Pipeline Foods " + UUID.randomUUID());
        kimsClient = ClientsApi.register(kim, "Pipeline Drinks " + UUID.randomUUID());
    }

    @Test
    void aSupervisorSeesTheirOwnClientsOpportunitiesAndADirectorEveryonesNarrowedBySupervisor() {
        String relaunch = open(sam, samsClient, "Relaunch", "PROPOSAL", "45000.00", "EUR", "2027-03-31");
        String tv = open(kim, kimsClient, "TV spot", "QUALIFIED", "12000.00", "EUR", "2027-01-15");

        List<String> samSees = pipeline(sam, Map.of()).getList("items.id");
        assertTrue(samSees.contains(relaunch) && !samSees.contains(tv), samSees.toString());

        JsonPath bySam = pipeline(director, Map.of("supervisorId", sam.id()));
        assertEquals(List.of(relaunch), bySam.getList("items.id"));
        assertEquals("PROPOSAL", bySam.getString("items[0].stage"));
        assertTrue(bySam.getString("items[0].clientName").startsWith("Pipeline Foods"));
        assertEquals("45000.00", bySam.getString("items[0].estimatedValue.amount"));

        List<String> directorSees = pipeline(director, Map.of("size", 100, "sort", "updatedAt,desc"))
                .getList("items.id");
        assertTrue(directorSees.containsAll(List.of(relaunch, tv)), directorSees.toString());
    }

    @Test
    void closedOpportunitiesAreLeftOutUnlessAskedForAndTheTotalsAddUpPerStageAndCurrency() {
        open(sam, samsClient, "Packaging", "PROPOSAL", "1000.50", "EUR", "2027-02-01");
        open(sam, samsClient, "Digital", "PROPOSAL", "2000.25", "EUR", "2027-05-01");
        open(sam, samsClient, "US launch", "PROPOSAL", "700.00", "USD", null);
        String won = open(sam, samsClient, "Radio", "IDENTIFIED", "300.00", "EUR", null);
        decide(won, "WON");

        Map<String, Object> onlyThisClient = Map.of("clientId", samsClient);
        assertEquals(3, pipeline(sam, onlyThisClient).getList("items").size());
        assertEquals(4, pipeline(sam, Map.of("clientId", samsClient, "includeClosed", true)).getList("items").size());
        assertEquals(List.of(won), pipeline(sam, Map.of("clientId", samsClient, "stage", "WON")).getList("items.id"));
        assertEquals(1, pipeline(sam, Map.of("clientId", samsClient, "closingBy", "2027-03-01"))
                .getList("items").size());

        List<Map<String, Object>> totals = sam.request().queryParams(Map.of("clientId", samsClient,
                "includeClosed", true)).get("/api/opportunities/totals").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals(List.of(
                Map.of("stage", "PROPOSAL", "count", 2, "estimatedValue", Map.of("amount", "3000.75", "currency",
                        "EUR")),
                Map.of("stage", "PROPOSAL", "count", 1, "estimatedValue", Map.of("amount", "700.00", "currency",
                        "USD")),
                Map.of("stage", "WON", "count", 1, "estimatedValue", Map.of("amount", "300.00", "currency", "EUR"))),
                totals);
    }

    @Test
    void thePipelineIsTheSupervisorsAndTheDirectorsNotTheTeams() {
        Staff executive = Staff.with(Role.ACCOUNT_EXECUTIVE);
        assertProblem(executive.request().get("/api/opportunities").then(), FORBIDDEN, "/api/opportunities");
        assertProblem(Staff.with(Role.FINANCE).request().get("/api/opportunities/totals").then(), FORBIDDEN,
                "/api/opportunities/totals");
    }

    private String open(Staff by, UUID client, String title, String stage, String amount, String currency,
                        String closeOn) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "stage", stage,
                "estimatedValue", Map.of("amount", amount, "currency", currency)));
        if (closeOn != null) {
            body.put("expectedCloseOn", closeOn);
        }
        return by.request().body(body).post("/api/clients/{c}/opportunities", client).then().statusCode(201)
                .extract().path("id");
    }

    private void decide(String opportunity, String stage) {
        String path = "/api/clients/" + samsClient + "/opportunities/" + opportunity;
        Map<String, Object> current = sam.request().get(path).then().statusCode(200).extract().jsonPath()
                .getMap("$");
        Map<String, Object> body = new HashMap<>(Map.of("title", current.get("title"), "stage", stage,
                "estimatedValue", current.get("estimatedValue")));
        sam.request().header("If-Match", "\"" + current.get("version") + "\"").body(body).put(path).then()
                .statusCode(200);
    }

    private static JsonPath pipeline(Staff who, Map<String, ?> query) {
        return who.request().queryParams(query).get("/api/opportunities").then().statusCode(200).extract().jsonPath();
    }
}
