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
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static agency.suits.clients.ClientsApi.activeClientOf;
import static agency.suits.clients.ClientsApi.assign;
import static agency.suits.clients.ClientsApi.supervisor;
import static agency.suits.testing.ProblemContent.assertProblem;
import static agency.suits.web.problem.ProblemType.CONFLICT;
import static agency.suits.web.problem.ProblemType.NOT_FOUND;
import static agency.suits.web.problem.ProblemType.UNPROCESSABLE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Team places as the staff directory allows them: who exists, who has left, which role fits, the AE cap. */
@QuarkusTest
class TeamPlacementResourceTest {

    private static final String TEAM_CHANGED = EventType.forPayload(AccountTeamChanged.class).type();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Staff sam = supervisor();
    private final Staff ada = Staff.with(Role.ADMIN);

    private static Response place(Staff by, UUID client, UUID staff, String role) {
        return by.request().body(Map.of("role", role)).put("/api/clients/{c}/team/{s}", client, staff);
    }

    private static boolean leaves(JsonNode event, UUID staffId) {
        for (JsonNode left : event.path("data").path("left")) {
            if (left.path("staffId").asText().equals(staffId.toString())) {
                return true;
            }
        }
        return false;
    }

    private Response leave(UUID staffId) {
        String etag = ada.request().get("/api/staff/{id}", staffId).then().statusCode(200).extract().header("ETag");
        return ada.request().header("If-Match", etag).body(Map.of("active", false))
                .post("/api/staff/{id}/status", staffId);
    }

    @Test
    void onlyPeopleInTheDirectoryJoinATeam() {
        UUID client = ClientsApi.register(sam, "Directory only");
        UUID stranger = UUID.randomUUID();
        String path = "/api/clients/" + client + "/team/" + stranger;
        assertProblem(place(sam, client, stranger, "ACCOUNT_EXECUTIVE").then(), NOT_FOUND, path)
                .body("detail", equalTo("Staff member " + stranger + " does not exist"));
    }

    @Test
    void theTeamRoleMustFitTheAgencyRole() {
        UUID client = activeClientOf(sam, "Fitting roles");
        UUID eve = ClientsApi.enrol(UUID.randomUUID(), Role.ACCOUNT_EXECUTIVE);
        UUID chris = ClientsApi.enrol(UUID.randomUUID(), Role.CREATIVE);
        assertProblem(place(sam, client, eve, "ACCOUNT_PLANNER").then(), UNPROCESSABLE,
                "/api/clients/" + client + "/team/" + eve)
                .body("detail", containsString("is ACCOUNT_EXECUTIVE in the staff directory"))
                .body("errors[0].field", equalTo("role"));
        assertProblem(place(sam, client, chris, "ACCOUNT_COORDINATOR").then(), UNPROCESSABLE,
                "/api/clients/" + client + "/team/" + chris);
        UUID alice = ClientsApi.enrol(UUID.randomUUID(), Role.ACCOUNT_DIRECTOR);
        place(sam, client, alice, "ACCOUNT_SUPERVISOR").then().statusCode(200);
    }

    @Test
    void theCapCountsAnExecutiveWhateverTheirTeamRole() {
        UUID eve = UUID.randomUUID();
        // places taken as a planner before Eve became an AE still count as her accounts
        for (int i = 0; i < 2; i++) {
            assign(sam, activeClientOf(sam, "Planned " + i), eve, "ACCOUNT_PLANNER", false).statusCode(200);
        }
        ClientsApi.promote(eve, Role.ACCOUNT_EXECUTIVE);
        assign(sam, activeClientOf(sam, "Executed"), eve, "ACCOUNT_EXECUTIVE", false).statusCode(200);
        UUID fourth = activeClientOf(sam, "One too many");
        assertProblem(place(sam, fourth, eve, "ACCOUNT_EXECUTIVE").then(), CONFLICT,
                "/api/clients/" + fourth + "/team/" + eve)
                .body("detail", containsString("already on 3 active accounts"));
    }

    /**
     * Supervisors place one AE, one short of her cap, on several clients at once: the lock on the person lets
     * exactly one in, however the requests interleave.
     */
    @Test
    void concurrentPlacementsOfOneExecutiveHoldTheCap() throws Exception {
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            for (int attempt = 0; attempt < 2; attempt++) {
                UUID eve = UUID.randomUUID();
                for (int i = 0; i < 2; i++) {
                    assign(sam, activeClientOf(sam, "Held " + i), eve, "ACCOUNT_EXECUTIVE", false).statusCode(200);
                }
                List<UUID> targets = new ArrayList<>();
                for (int i = 0; i < racers; i++) {
                    targets.add(activeClientOf(sam, "Race " + i));
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (UUID target : targets) {
                    answers.add(pool.submit(placing(start, sam, target, eve)));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
                assertEquals(racers - 1, statuses.stream().filter(status -> status == 409).count(),
                        statuses.toString());
                long placed = targets.stream().filter(client -> Staff.with(Role.ACCOUNT_DIRECTOR).request()
                        .get("/api/clients/{id}/team", client).then().extract().<List<String>>path("members.staffId")
                        .contains(eve.toString())).count();
                assertEquals(1, placed, "attempt " + attempt);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<Integer> placing(CountDownLatch start, Staff by, UUID client, UUID staff) {
        return () -> {
            start.await();
            return place(by, client, staff, "ACCOUNT_EXECUTIVE").statusCode();
        };
    }

    @Test
    void someoneWhoLeavesTheAgencyLeavesEveryTeam() {
        Staff eve = Staff.with(Role.ACCOUNT_EXECUTIVE);
        UUID first = activeClientOf(sam, "Left behind 1");
        UUID second = ClientsApi.register(sam, "Left behind 2");
        assign(sam, first, eve.id(), "ACCOUNT_EXECUTIVE", false).statusCode(200);
        assign(sam, second, eve.id(), "ACCOUNT_EXECUTIVE", false).statusCode(200);
        eve.request().get("/api/clients/{id}", first).then().statusCode(200);

        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            leave(eve.id()).then().statusCode(200)
                    .body("active", equalTo(false));
            for (UUID client : List.of(first, second)) {
                JsonNode data = probe.awaitEvent(TEAM_CHANGED, e -> e.path("subject").asText()
                        .equals(client.toString()) && leaves(e, eve.id()), WAIT).path("data");
                assertEquals(ada.id().toString(), data.path("changedBy").asText());
                sam.request().get("/api/clients/{id}/team", client).then()
                        .body("members.staffId", not(hasItem(eve.id().toString())));
            }
        }
        assertProblem(eve.request().get("/api/clients/{id}", first).then(), NOT_FOUND, "/api/clients/" + first);
        assertProblem(place(sam, first, eve.id(), "ACCOUNT_EXECUTIVE").then(), CONFLICT,
                "/api/clients/" + first + "/team/" + eve.id())
                .body("detail", containsString("has left the agency"));
    }

    @Test
    void thePrimarySupervisorOfAnActiveClientIsReplacedBeforeLeaving() {
        Staff sue = supervisor();
        ClientsApi.enrol(sue.id(), Role.ACCOUNT_SUPERVISOR);
        UUID client = ClientsApi.register(sue, "Led by Sue");
        String code = sam.request().get("/api/clients/{id}", ClientsApi.register(sam, "Unrelated")).then()
                .extract().path("code");
        ClientsApi.moveTo(sue, client, "ACTIVE").statusCode(200);
        String sueCode = sue.request().get("/api/clients/{id}", client).then().extract().path("code");
        assertProblem(leave(sue.id()).then(), CONFLICT, "/api/staff/" + sue.id() + "/status")
                .body("detail", containsString(sueCode))
                .body("detail", not(containsString(code)));
        sue.request().get("/api/clients/{id}/team", client).then()
                .body("members.staffId", hasItem(sue.id().toString()));
        ada.request().get("/api/staff/{id}", sue.id()).then().body("active", equalTo(true));
    }
}
