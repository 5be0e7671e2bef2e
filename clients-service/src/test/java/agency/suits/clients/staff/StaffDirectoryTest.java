package agency.suits.clients.staff;

import agency.suits.clients.ClientsApi.Staff;
import agency.suits.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static agency.suits.testing.ProblemContent.assertProblem;
import static agency.suits.web.problem.ProblemType.CONFLICT;
import static agency.suits.web.problem.ProblemType.CONSTRAINT_VIOLATION;
import static agency.suits.web.problem.ProblemType.FORBIDDEN;
import static agency.suits.web.problem.ProblemType.INVALID_BODY;
import static agency.suits.web.problem.ProblemType.INVALID_PARAMETER;
import static agency.suits.web.problem.ProblemType.NOT_FOUND;
import static agency.suits.web.problem.ProblemType.PRECONDITION_FAILED;
import static agency.suits.web.problem.ProblemType.PRECONDITION_REQUIRED;
import static agency.suits.web.problem.ProblemType.UNPROCESSABLE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class StaffDirectoryTest {

    private final Staff ada = Staff.with(Role.ADMIN);
    private final Staff alice = Staff.with(Role.ACCOUNT_DIRECTOR);

    private static Map<String, Object> entry(UUID id, String name, String role, UUID reportsTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id.toString());
        body.put("name", name);
        body.put("email", name.toLowerCase().replace(' ', '.') + "-" + id.toString().substring(0, 8)
                + "@agency.example");
        body.put("role", role);
        body.put("reportsTo", reportsTo == null ? null : reportsTo.toString());
        return body;
    }

    private UUID add(Staff by, String name, String role, UUID reportsTo) {
        UUID id = UUID.randomUUID();
        by.request().body(entry(id, name, role, reportsTo)).post("/api/staff").then().statusCode(201);
        return id;
    }

    @Test
    void adminsAndDirectorsKeepTheDirectoryAndEveryoneReadsIt() {
        UUID director = UUID.randomUUID();
        String tag = director.toString().substring(0, 6);
        ada.request().body(entry(director, "Alice " + tag, "ACCOUNT_DIRECTOR", null)).post("/api/staff").then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(director.toString()))
                .body("role", equalTo("ACCOUNT_DIRECTOR"));
        UUID supervisor = add(alice, "Sam " + tag, "ACCOUNT_SUPERVISOR", director);

        Staff.with(Role.CREATIVE).request().queryParam("q", tag).get("/api/staff").then()
                .statusCode(200)
                .body("items.name", contains("Alice " + tag, "Sam " + tag))
                .body("totalItems", equalTo(2));
        Staff.with(Role.TRAFFIC).request().queryParam("q", tag).queryParam("role", "ACCOUNT_SUPERVISOR")
                .get("/api/staff").then().body("items.id", contains(supervisor.toString()));
        Staff.with(Role.ACCOUNT_EXECUTIVE).request().get("/api/staff/{id}", supervisor).then()
                .statusCode(200)
                .body("reportsTo", equalTo(director.toString()));
    }

    @Test
    void refusesAnUnknownRoleFilterNamingTheParameter() {
        assertProblem(alice.request().queryParam("role", "JANITOR").get("/api/staff").then(), INVALID_PARAMETER,
                "/api/staff").body("errors[0].field", equalTo("role"));
    }

    @Test
    void othersCannotChangeTheDirectory() {
        for (Role role : new Role[] {Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_EXECUTIVE, Role.FINANCE, Role.CREATIVE}) {
            assertProblem(Staff.with(role).request().body(entry(UUID.randomUUID(), "Mallory", "ADMIN", null))
                    .post("/api/staff").then(), FORBIDDEN, "/api/staff");
        }
        UUID id = add(ada, "Pat Planner", "ACCOUNT_PLANNER", null);
        assertProblem(Staff.with(Role.ACCOUNT_PLANNER).request().header("If-Match", "*")
                .body(entry(id, "Pat Promoted", "ACCOUNT_DIRECTOR", null)).put("/api/staff/" + id).then(),
                INVALID_BODY, "/api/staff/" + id);
        Map<String, Object> details = entry(id, "Pat Promoted", "ACCOUNT_DIRECTOR", null);
        details.remove("id");
        assertProblem(Staff.with(Role.ACCOUNT_PLANNER).request().header("If-Match", "*").body(details)
                .put("/api/staff/" + id).then(), FORBIDDEN, "/api/staff/" + id);
    }

    @Test
    void updatesWithIfMatchAndRefusesReportingLoops() {
        UUID boss = add(ada, "Boss", "ACCOUNT_DIRECTOR", null);
        UUID report = add(ada, "Report", "ACCOUNT_SUPERVISOR", boss);
        Map<String, Object> loop = entry(boss, "Boss", "ACCOUNT_DIRECTOR", report);
        loop.remove("id");
        String path = "/api/staff/" + boss;
        assertProblem(ada.request().body(loop).put(path).then(), PRECONDITION_REQUIRED, path);
        assertProblem(ada.request().header("If-Match", "\"0\"").body(loop).put(path).then(), UNPROCESSABLE, path)
                .body("errors.field", hasItem("reportsTo"));
        Map<String, Object> renamed = new HashMap<>(loop);
        renamed.put("reportsTo", null);
        renamed.put("name", "Big Boss");
        ada.request().header("If-Match", "\"0\"").body(renamed).put(path).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("name", equalTo("Big Boss"));
        assertProblem(ada.request().header("If-Match", "\"0\"").body(renamed).put(path).then(), PRECONDITION_FAILED,
                path);
    }

    @Test
    void refusesDuplicatesAndBadEntries() {
        UUID id = UUID.randomUUID();
        Map<String, Object> first = entry(id, "Dup", "TRAFFIC", null);
        ada.request().body(first).post("/api/staff").then().statusCode(201);
        assertProblem(ada.request().body(first).post("/api/staff").then(), CONFLICT, "/api/staff");
        Map<String, Object> sameEmail = new HashMap<>(first);
        sameEmail.put("id", UUID.randomUUID().toString());
        sameEmail.put("email", ((String) first.get("email")).toUpperCase());
        assertProblem(ada.request().body(sameEmail).post("/api/staff").then(), CONFLICT, "/api/staff");

        Map<String, Object> bad = entry(UUID.randomUUID(), "Bad", "TRAFFIC", null);
        bad.put("email", "not-an-email");
        assertProblem(ada.request().body(bad).post("/api/staff").then(), CONSTRAINT_VIOLATION, "/api/staff");
        bad = entry(UUID.randomUUID(), "x".repeat(201), "TRAFFIC", null);
        assertProblem(ada.request().body(bad).post("/api/staff").then(), CONSTRAINT_VIOLATION, "/api/staff");
        bad = entry(UUID.randomUUID(), "Bad", "JANITOR", null);
        assertProblem(ada.request().body(bad).post("/api/staff").then(), INVALID_BODY, "/api/staff");
        bad = entry(UUID.randomUUID(), "Bad", "TRAFFIC", null);
        bad.put("id", "robot");
        assertProblem(ada.request().body(bad).post("/api/staff").then(), INVALID_BODY, "/api/staff");
        bad = entry(UUID.randomUUID(), "Bad", "TRAFFIC", UUID.randomUUID());
        assertProblem(ada.request().body(bad).post("/api/staff").then(), UNPROCESSABLE, "/api/staff");
        UUID unknown = UUID.randomUUID();
        assertProblem(ada.request().get("/api/staff/" + unknown).then(), NOT_FOUND, "/api/staff/" + unknown);
    }
}
