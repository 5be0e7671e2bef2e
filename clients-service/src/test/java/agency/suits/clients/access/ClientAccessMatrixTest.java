package agency.suits.clients.access;

import agency.suits.clients.ClientsApi;
import agency.suits.clients.ClientsApi.Staff;
import agency.suits.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static agency.suits.clients.ClientsApi.assign;
import static agency.suits.testing.ProblemContent.assertProblem;
import static agency.suits.web.problem.ProblemType.FORBIDDEN;
import static agency.suits.web.problem.ProblemType.NOT_FOUND;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Who may see and change a client: the role x endpoint matrix, with the team member of another client as the
 * attacker that object-level authorization is about.
 */
@QuarkusTest
class ClientAccessMatrixTest {

    private final Staff director = Staff.with(Role.ACCOUNT_DIRECTOR);
    private final Staff finance = Staff.with(Role.FINANCE);
    private final Staff admin = Staff.with(Role.ADMIN);
    private final Staff supervisor = Staff.with(Role.ACCOUNT_SUPERVISOR);
    private final Staff executive = Staff.with(Role.ACCOUNT_EXECUTIVE);
    private final Staff coordinator = Staff.with(Role.ACCOUNT_COORDINATOR);
    private final Staff planner = Staff.with(Role.ACCOUNT_PLANNER);
    private final Staff creative = Staff.with(Role.CREATIVE);
    /** A supervisor on another client's team only. */
    private final Staff otherTeam = Staff.with(Role.ACCOUNT_SUPERVISOR);

    private UUID client;
    private UUID othersClient;

    @BeforeEach
    void buildTheTeams() {
        client = ClientsApi.activeClientOf(supervisor, "Matrix client");
        assign(supervisor, client, executive.id(), "ACCOUNT_EXECUTIVE", false).statusCode(200);
        assign(supervisor, client, coordinator.id(), "ACCOUNT_COORDINATOR", false).statusCode(200);
        assign(supervisor, client, planner.id(), "ACCOUNT_PLANNER", false).statusCode(200);
        othersClient = ClientsApi.register(otherTeam, "Someone else's client");
    }

    @Test
    void theWholeBookAndTheTeamSeeTheClient() {
        for (Staff staff : new Staff[] {director, finance, admin, supervisor, executive, coordinator, planner}) {
            staff.request().get("/api/clients/{id}", client).then().statusCode(200);
            staff.request().get("/api/clients/{id}/team", client).then().statusCode(200);
        }
    }

    @Test
    void outsidersGetNotFoundForTheClientAndItsTeam() {
        for (Staff staff : new Staff[] {otherTeam, creative}) {
            assertProblem(staff.request().get("/api/clients/{id}", client).then(), NOT_FOUND,
                    "/api/clients/" + client);
            assertProblem(staff.request().get("/api/clients/{id}/team", client).then(), NOT_FOUND,
                    "/api/clients/" + client + "/team");
            assertProblem(staff.request().header("If-Match", "*").body(Map.of("name", "Hijacked"))
                    .put("/api/clients/{id}", client).then(), NOT_FOUND, "/api/clients/" + client);
            assertProblem(staff.request().header("If-Match", "*").body(Map.of("status", "CHURNED"))
                    .post("/api/clients/{id}/status", client).then(), NOT_FOUND,
                    "/api/clients/" + client + "/status");
            assertProblem(assign(staff, client, staff.id(), "ACCOUNT_SUPERVISOR", true), NOT_FOUND,
                    "/api/clients/" + client + "/team/" + staff.id());
            assertProblem(staff.request().delete("/api/clients/{c}/team/{s}", client, supervisor.id()).then(),
                    NOT_FOUND, "/api/clients/" + client + "/team/" + supervisor.id());
        }
    }

    @Test
    void listsShowOnlyTheCallersBook() {
        coordinator.request().get("/api/clients").then().statusCode(200)
                .body("items.id", contains(client.toString()));
        otherTeam.request().get("/api/clients").then().statusCode(200)
                .body("items.id", contains(othersClient.toString()));
        creative.request().get("/api/clients").then().statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.equalTo(0));
        otherTeam.request().queryParam("teamMember", supervisor.id()).get("/api/clients").then().statusCode(200)
                .body("items.id", not(hasItem(client.toString())));
        finance.request().queryParam("teamMember", supervisor.id()).get("/api/clients").then().statusCode(200)
                .body("items.id", contains(client.toString()));
    }

    @Test
    void supervisorsAndDirectorsRegisterClients() {
        for (Staff staff : new Staff[] {supervisor, director}) {
            staff.request().body(Map.of("code", ClientsApi.uniqueCode(), "name", "New business"))
                    .post("/api/clients").then().statusCode(201);
        }
        for (Staff staff : new Staff[] {executive, coordinator, planner, finance, admin, creative}) {
            assertProblem(staff.request().body(Map.of("code", ClientsApi.uniqueCode(), "name", "Not mine to add"))
                    .post("/api/clients").then(), FORBIDDEN, "/api/clients")
                    .body("detail", containsString("register clients"));
        }
    }

    @Test
    void executivesSupervisorsAndDirectorsEditDetails() {
        for (Staff staff : new Staff[] {executive, supervisor, director}) {
            update(staff).statusCode(200);
        }
        for (Staff staff : new Staff[] {coordinator, planner, finance, admin}) {
            assertProblem(update(staff), FORBIDDEN, "/api/clients/" + client);
        }
    }

    @Test
    void onlySupervisorsAndDirectorsMoveTheLifecycle() {
        for (Staff staff : new Staff[] {executive, coordinator, planner, finance, admin}) {
            assertProblem(staff.request().header("If-Match", "*").body(Map.of("status", "PAUSED"))
                    .post("/api/clients/{id}/status", client).then(), FORBIDDEN,
                    "/api/clients/" + client + "/status");
        }
        ClientsApi.moveTo(supervisor, client, "PAUSED").statusCode(200);
        ClientsApi.moveTo(director, client, "ACTIVE").statusCode(200);
    }

    @Test
    void coordinatorsAndOthersDoNotChangeTheTeam() {
        UUID newcomer = UUID.randomUUID();
        for (Staff staff : new Staff[] {coordinator, executive, planner, finance, admin}) {
            assertProblem(assign(staff, client, newcomer, "ACCOUNT_PLANNER", false), FORBIDDEN,
                    "/api/clients/" + client + "/team/" + newcomer)
                    .body("detail", containsString("change an account team"));
            assertProblem(staff.request().delete("/api/clients/{c}/team/{s}", client, planner.id()).then(),
                    FORBIDDEN, "/api/clients/" + client + "/team/" + planner.id());
        }
        assign(supervisor, client, newcomer, "ACCOUNT_PLANNER", false).statusCode(200);
        assign(director, client, UUID.randomUUID(), "ACCOUNT_COORDINATOR", false).statusCode(200);
    }

    private ValidatableResponse update(Staff staff) {
        return staff.request().header("If-Match", "*").body(Map.of("name", "Renamed by " + staff.roles()[0]))
                .put("/api/clients/{id}", client).then();
    }
}
