package agency.suits.clients.client;

import agency.suits.clients.ClientsApi;
import agency.suits.clients.ClientsApi.Staff;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.clients.AccountTeamChanged;
import agency.suits.security.Role;
import agency.suits.testing.TopicProbe;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static agency.suits.clients.ClientsApi.activeClientOf;
import static agency.suits.clients.ClientsApi.assign;
import static agency.suits.clients.ClientsApi.director;
import static agency.suits.clients.ClientsApi.supervisor;
import static agency.suits.testing.ProblemContent.assertProblem;
import static agency.suits.web.problem.ProblemType.CONFLICT;
import static agency.suits.web.problem.ProblemType.CONSTRAINT_VIOLATION;
import static agency.suits.web.problem.ProblemType.FORBIDDEN;
import static agency.suits.web.problem.ProblemType.INVALID_BODY;
import static agency.suits.web.problem.ProblemType.INVALID_PARAMETER;
import static agency.suits.web.problem.ProblemType.NOT_FOUND;
import static agency.suits.web.problem.ProblemType.UNPROCESSABLE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class TeamResourceTest {

    private static final String TEAM_CHANGED = EventType.forPayload(AccountTeamChanged.class).type();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Staff sam = supervisor();
    private final UUID eve = UUID.randomUUID();

    /** Whether the AccountTeamChanged envelope has this person joining. */
    private static boolean joins(JsonNode event, UUID staffId) {
        for (JsonNode joined : event.path("data").path("joined")) {
            if (joined.path("staffId").asText().equals(staffId.toString())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theRegisteringSupervisorLeadsTheTeam() {
        UUID client = ClientsApi.register(sam, "Led by Sam");
        sam.request().get("/api/clients/{id}/team", client).then()
                .statusCode(200)
                .body("clientId", equalTo(client.toString()))
                .body("members.staffId", contains(sam.id().toString()))
                .body("members.role", contains("ACCOUNT_SUPERVISOR"))
                .body("members.primary", contains(true));
    }

    @Test
    void assigningPublishesTheWholeTeam() {
        UUID client = activeClientOf(sam, "Team client");
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            assign(sam, client, eve, "ACCOUNT_EXECUTIVE", false)
                    .statusCode(200)
                    .body("members.staffId", contains(sam.id().toString(), eve.toString()))
                    .body("members.role", contains("ACCOUNT_SUPERVISOR", "ACCOUNT_EXECUTIVE"));

            JsonNode data = probe.awaitEvent(TEAM_CHANGED, e -> e.path("subject").asText().equals(client.toString())
                    && joins(e, eve), WAIT).path("data");
            assertEquals(2, data.path("team").size());
            assertEquals(eve.toString(), data.path("joined").path(0).path("staffId").asText());
            assertEquals("ACCOUNT_EXECUTIVE", data.path("joined").path(0).path("role").asText());
            assertEquals(0, data.path("left").size());
            assertEquals(sam.id().toString(), data.path("changedBy").asText());
        }
    }

    @Test
    void aNewPrimarySupervisorTakesOver() {
        UUID client = activeClientOf(sam, "Handover");
        Staff sue = supervisor();
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            assign(sam, client, sue.id(), "ACCOUNT_SUPERVISOR", true)
                    .statusCode(200)
                    .body("members.staffId", contains(sam.id().toString(), sue.id().toString()))
                    .body("members.primary", contains(false, true));

            JsonNode data = probe.awaitEvent(TEAM_CHANGED, e -> e.path("subject").asText().equals(client.toString())
                    && joins(e, sue.id()), WAIT).path("data");
            assertEquals(2, data.path("joined").size());
            assertEquals(sam.id().toString(), data.path("left").path(0).path("staffId").asText());
            assertEquals(true, data.path("left").path(0).path("primary").asBoolean());
        }
        // the old primary can now leave: the client keeps a primary supervisor
        sue.request().delete("/api/clients/{c}/team/{s}", client, sam.id()).then()
                .statusCode(200)
                .body("members.staffId", contains(sue.id().toString()));
    }

    @Test
    void anActiveClientKeepsItsPrimarySupervisor() {
        UUID client = activeClientOf(sam, "Keep primary");
        ClientsApi.enrol(sam.id(), Role.ACCOUNT_SUPERVISOR);
        String path = "/api/clients/" + client + "/team/" + sam.id();
        assertProblem(sam.request().delete(path).then(), CONFLICT, path)
                .body("detail", containsString("primary ACCOUNT_SUPERVISOR"));
        assertProblem(sam.request().body(Map.of("role", "ACCOUNT_SUPERVISOR", "primary", false)).put(path).then(),
                CONFLICT, path);
    }

    @Test
    void aProspectMayLoseItsSupervisor() {
        UUID client = ClientsApi.register(sam, "Prospect team");
        Staff dana = director();
        dana.request().delete("/api/clients/{c}/team/{s}", client, sam.id()).then()
                .statusCode(200)
                .body("members", org.hamcrest.Matchers.empty());
    }

    @Test
    void anExecutiveIsCappedAtThreeActiveAccounts() {
        for (int i = 0; i < 3; i++) {
            assign(sam, activeClientOf(sam, "Capped " + i), eve, "ACCOUNT_EXECUTIVE", false).statusCode(200);
        }
        UUID fourth = activeClientOf(sam, "Capped 4");
        String path = "/api/clients/" + fourth + "/team/" + eve;
        assertProblem(sam.request().body(Map.of("role", "ACCOUNT_EXECUTIVE")).put(path).then(), CONFLICT, path)
                .body("detail", containsString("already on 3 active accounts"))
                .body("detail", containsString("cap is 3"));

        // on a prospect the AE counts nothing yet, but activating it would break the cap
        UUID prospect = ClientsApi.register(sam, "Capped prospect");
        assign(sam, prospect, eve, "ACCOUNT_EXECUTIVE", false).statusCode(200);
        assertProblem(ClientsApi.moveTo(sam, prospect, "ACTIVE"), CONFLICT, "/api/clients/" + prospect + "/status")
                .body("detail", containsString("cap is 3"));
    }

    @Test
    void onlyASupervisorCanBePrimary() {
        UUID client = ClientsApi.register(sam, "Primary rule");
        ClientsApi.enrol(eve, Role.ACCOUNT_EXECUTIVE);
        String path = "/api/clients/" + client + "/team/" + eve;
        assertProblem(sam.request().body(Map.of("role", "ACCOUNT_EXECUTIVE", "primary", true)).put(path).then(),
                UNPROCESSABLE, path);
    }

    @Test
    void refusesBadAssignments() {
        UUID client = ClientsApi.register(sam, "Bad input");
        String path = "/api/clients/" + client + "/team/" + eve;
        assertProblem(sam.request().body(Map.of("role", "CREATIVE")).put(path).then(), INVALID_BODY, path);
        assertProblem(sam.request().body(Map.of("primary", true)).put(path).then(), CONSTRAINT_VIOLATION, path);
        assertProblem(sam.request().body(Map.of("role", "ACCOUNT_PLANNER", "primary", "often")).put(path).then(),
                INVALID_BODY, path);
        assertProblem(sam.request().body(Map.of("role", "ACCOUNT_PLANNER", "since", "2026-01-01")).put(path).then(),
                INVALID_BODY, path);
        String badStaff = "/api/clients/" + client + "/team/not-a-uuid";
        assertProblem(sam.request().body(Map.of("role", "ACCOUNT_PLANNER")).put(badStaff).then(), INVALID_PARAMETER,
                badStaff);
    }

    @Test
    void removingSomeoneNotOnTheTeamIsNotFound() {
        UUID client = ClientsApi.register(sam, "Not a member");
        String path = "/api/clients/" + client + "/team/" + eve;
        assertProblem(sam.request().delete(path).then(), NOT_FOUND, path);
    }

    /** The member named in the path is looked up before the role's permission (docs/architecture.md). */
    @Test
    void removingSomeoneNotOnTheTeamIsNotFoundWhateverTheRole() {
        UUID client = ClientsApi.register(sam, "Not a member either");
        Staff cody = Staff.with(Role.ACCOUNT_COORDINATOR);
        assign(sam, client, cody.id(), "ACCOUNT_COORDINATOR", false).statusCode(200);
        String path = "/api/clients/" + client + "/team/" + eve;
        assertProblem(cody.request().delete(path).then(), NOT_FOUND, path)
                .body("detail", equalTo("Team member " + eve + " does not exist"));
        String member = "/api/clients/" + client + "/team/" + sam.id();
        assertProblem(cody.request().delete(member).then(), FORBIDDEN, member)
                .body("detail", containsString("change an account team"));
    }

    @Test
    void reassigningTheSameRoleChangesNothing() {
        UUID client = ClientsApi.register(sam, "Idempotent");
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            assign(sam, client, eve, "ACCOUNT_PLANNER", false).statusCode(200);
            probe.awaitEvent(TEAM_CHANGED, e -> joins(e, eve), WAIT);
            assign(sam, client, eve, "ACCOUNT_PLANNER", false).statusCode(200)
                    .body("members.staffId", contains(sam.id().toString(), eve.toString()));
            // the registration's own event (Sam joining) may arrive late; nothing else but Eve's join may
            assertEquals(1, probe.eventsAfterWaiting(TEAM_CHANGED, e -> e.path("subject").asText()
                    .equals(client.toString()) && !joins(e, sam.id()), Duration.ofSeconds(1)).size());
        }
    }

    @Test
    void aRoleChangeShowsAsLeavingAndJoining() {
        UUID client = ClientsApi.register(sam, "Promotion");
        assign(sam, client, eve, "ACCOUNT_COORDINATOR", false).statusCode(200);
        ClientsApi.promote(eve, Role.ACCOUNT_EXECUTIVE);
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            assign(sam, client, eve, "ACCOUNT_EXECUTIVE", false).statusCode(200);
            JsonNode data = probe.awaitEvent(TEAM_CHANGED, e -> e.path("subject").asText().equals(client.toString())
                    && e.path("data").path("left").size() > 0, WAIT).path("data");
            assertEquals("ACCOUNT_EXECUTIVE", data.path("joined").path(0).path("role").asText());
            assertEquals("ACCOUNT_COORDINATOR", data.path("left").path(0).path("role").asText());
        }
        Staff.with(Role.ACCOUNT_EXECUTIVE).request().get("/api/clients/{id}/team", client).then().statusCode(404);
    }
}
