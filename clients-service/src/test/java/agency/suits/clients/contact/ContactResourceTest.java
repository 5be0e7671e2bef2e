package agency.suits.clients.contact;

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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ContactResourceTest {

    private final Staff sam = Staff.with(Role.ACCOUNT_SUPERVISOR);
    private final Staff cora = Staff.with(Role.ACCOUNT_COORDINATOR);
    private UUID client;
    private String contacts;

    @BeforeEach
    void aClientWithATeam() {
        client = ClientsApi.register(sam, "Contacts client");
        assign(sam, client, cora.id(), "ACCOUNT_COORDINATOR", false).statusCode(200);
        contacts = "/api/clients/" + client + "/contacts";
    }

    private static Map<String, Object> wile() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Wile E. Coyote");
        body.put("email", "wile@acme.example");
        body.put("phone", "+44 20 7946 0000");
        body.put("jobTitle", "Marketing director");
        body.put("decisionMaker", true);
        return body;
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> body = wile();
        body.put(key, value);
        return body;
    }

    @Test
    void aCoordinatorLogsAContactAndTheTeamReadsIt() {
        String id = cora.request().body(wile()).post(contacts).then()
                .statusCode(201)
                .header("Location", containsString(contacts + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Wile E. Coyote"))
                .body("email", equalTo("wile@acme.example"))
                .body("decisionMaker", equalTo(true))
                .body("clientId", equalTo(client.toString()))
                .body("createdBy", equalTo(cora.id().toString()))
                .extract().path("id");

        sam.request().get(contacts + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("jobTitle", equalTo("Marketing director"));
        Map<String, Object> road = with("email", "road@acme.example");
        road.put("name", "Road Runner");
        road.put("decisionMaker", false);
        sam.request().body(road).post(contacts).then().statusCode(201);
        sam.request().get(contacts).then().statusCode(200)
                .body("items.email", contains("road@acme.example", "wile@acme.example"));
        sam.request().queryParam("decisionMaker", true).get(contacts).then().statusCode(200)
                .body("items.email", contains("wile@acme.example"));
    }

    @Test
    void refusesADuplicateEmailWhateverItsCase() {
        sam.request().body(wile()).post(contacts).then().statusCode(201);
        assertProblem(sam.request().body(with("email", "WILE@acme.example")).post(contacts).then(), CONFLICT, contacts)
                .body("detail", containsString("WILE@acme.example"));
    }

    @Test
    void theSameEmailMayBeAContactOfAnotherClient() {
        sam.request().body(wile()).post(contacts).then().statusCode(201);
        UUID other = ClientsApi.register(sam, "Other client");
        sam.request().body(wile()).post("/api/clients/{id}/contacts", other).then().statusCode(201);
    }

    @Test
    void replacesWithIfMatch() {
        String id = sam.request().body(wile()).post(contacts).then().statusCode(201).extract().path("id");
        String path = contacts + "/" + id;
        assertProblem(sam.request().body(with("phone", null)).put(path).then(), PRECONDITION_REQUIRED, path);
        sam.request().header("If-Match", "\"0\"").body(with("phone", null)).put(path).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("phone", nullValue());
        assertProblem(sam.request().header("If-Match", "\"0\"").body(wile()).put(path).then(), PRECONDITION_FAILED,
                path);
    }

    @Test
    void aReplaceReadBeforeAColleaguesChangeIsRefusedAndTheirChangeKept() {
        String path = contacts + "/" + sam.request().body(wile()).post(contacts).then().statusCode(201)
                .extract().path("id");
        String read = cora.request().get(path).then().statusCode(200).extract().header("ETag");
        sam.request().header("If-Match", read).body(with("jobTitle", "Chief marketing officer")).put(path).then()
                .statusCode(200).header("ETag", equalTo("\"1\""));
        assertProblem(cora.request().header("If-Match", read).body(with("phone", "+44 20 7946 0999")).put(path)
                .then(), PRECONDITION_FAILED, path).body("detail", containsString("\"1\""));
        assertProblem(cora.request().body(with("phone", "+44 20 7946 0999")).put(path).then(), PRECONDITION_REQUIRED,
                path);
        cora.request().get(path).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("jobTitle", equalTo("Chief marketing officer"))
                .body("phone", equalTo("+44 20 7946 0000"));
    }

    @Test
    void refusesToRenameAContactToAnotherContactsEmail() {
        sam.request().body(wile()).post(contacts).then().statusCode(201);
        String id = sam.request().body(with("email", "road@acme.example")).post(contacts).then().statusCode(201)
                .extract().path("id");
        assertProblem(sam.request().header("If-Match", "\"0\"").body(wile()).put(contacts + "/" + id).then(),
                CONFLICT, contacts + "/" + id);
    }

    @Test
    void removesAContact() {
        String id = sam.request().body(wile()).post(contacts).then().statusCode(201).extract().path("id");
        cora.request().delete(contacts + "/" + id).then().statusCode(204);
        assertProblem(cora.request().get(contacts + "/" + id).then(), NOT_FOUND, contacts + "/" + id);
    }

    @Test
    void refusesBadContacts() {
        assertProblem(sam.request().body(with("email", "not-an-email")).post(contacts).then(), CONSTRAINT_VIOLATION,
                contacts).body("errors.field", hasItem(containsString("email")));
        assertProblem(sam.request().body(with("email", "a@b")).post(contacts).then(), CONSTRAINT_VIOLATION, contacts);
        assertProblem(sam.request().body(with("name", "n".repeat(201))).post(contacts).then(), CONSTRAINT_VIOLATION,
                contacts);
        assertProblem(sam.request().body(with("phone", "call me")).post(contacts).then(), CONSTRAINT_VIOLATION,
                contacts);
        assertProblem(sam.request().body(with("decisionMaker", null)).post(contacts).then(), CONSTRAINT_VIOLATION,
                contacts);
        assertProblem(sam.request().body(with("decisionMaker", "maybe")).post(contacts).then(), INVALID_BODY,
                contacts);
        assertProblem(sam.request().body(with("twitter", "@wile")).post(contacts).then(), INVALID_BODY, contacts);
        assertProblem(sam.request().body(with("id", UUID.randomUUID().toString())).post(contacts).then(),
                INVALID_BODY, contacts);
    }

    @Test
    void outsidersGetNotFoundAndReadOnlyRolesAreRefused() {
        String id = sam.request().body(wile()).post(contacts).then().statusCode(201).extract().path("id");
        Staff outsider = Staff.with(Role.ACCOUNT_EXECUTIVE);
        ClientsApi.register(Staff.with(Role.ACCOUNT_SUPERVISOR), "Outsider's own");
        assertProblem(outsider.request().get(contacts).then(), NOT_FOUND, contacts);
        assertProblem(outsider.request().get(contacts + "/" + id).then(), NOT_FOUND, contacts + "/" + id);
        assertProblem(outsider.request().body(with("email", "x@acme.example")).post(contacts).then(), NOT_FOUND,
                contacts);
        assertProblem(outsider.request().delete(contacts + "/" + id).then(), NOT_FOUND, contacts + "/" + id);
        Staff finance = Staff.with(Role.FINANCE);
        finance.request().get(contacts).then().statusCode(200);
        assertProblem(finance.request().body(with("email", "x@acme.example")).post(contacts).then(), FORBIDDEN,
                contacts);
        assertProblem(Staff.with(Role.ADMIN).request().delete(contacts + "/" + id).then(), FORBIDDEN,
                contacts + "/" + id);
    }

    @Test
    void aContactOfAnotherClientIsNotFoundUnderThisOne() {
        UUID other = ClientsApi.register(sam, "Other client");
        String id = sam.request().body(wile()).post("/api/clients/{id}/contacts", other).then().statusCode(201)
                .extract().path("id");
        assertProblem(sam.request().get(contacts + "/" + id).then(), NOT_FOUND, contacts + "/" + id);
    }
}
