package agency.suits.clients.setting;

import agency.suits.clients.ClientsApi;
import agency.suits.clients.ClientsApi.Staff;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.clients.RuleSettingChanged;
import agency.suits.security.Role;
import agency.suits.testing.TopicProbe;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static agency.suits.clients.ClientsApi.activeClientOf;
import static agency.suits.clients.ClientsApi.assign;
import static agency.suits.clients.ClientsApi.supervisor;
import static agency.suits.testing.ProblemContent.assertProblem;
import static agency.suits.web.problem.ProblemType.CONFLICT;
import static agency.suits.web.problem.ProblemType.CONSTRAINT_VIOLATION;
import static agency.suits.web.problem.ProblemType.FORBIDDEN;
import static agency.suits.web.problem.ProblemType.NOT_FOUND;
import static agency.suits.web.problem.ProblemType.UNPROCESSABLE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An ADMIN changes a rule setting while the service runs: the executive cap here, on the real database and broker.
 * Tests share one database, so a test that moves the cap puts it back to the configured 3 before it ends.
 */
@QuarkusTest
class RuleSettingResourceTest {

    private static final String CAP = "/api/rule-settings/EXECUTIVE_ACCOUNT_CAP";

    private final Staff ada = Staff.with(Role.ADMIN);
    private final Staff sam = supervisor();

    private Response changeCap(Staff by, Object body) {
        return by.request().body(body).post(CAP + "/changes");
    }

    private void capAt(String value) {
        changeCap(ada, Map.of("value", value, "reason", "Test sets the cap to " + value)).then().statusCode(201);
    }

    @Test
    void anAdminsChangeOfTheCapTakesEffectAtOnceAndIsPublished() {
        UUID eve = UUID.randomUUID();
        assign(sam, activeClientOf(sam, "First account"), eve, "ACCOUNT_EXECUTIVE", false).statusCode(200);
        UUID second = activeClientOf(sam, "Second account");
        try (TopicProbe topic = TopicProbe.watching(Topics.CLIENTS)) {
            Response changed = changeCap(ada, Map.of("value", "1", "reason", "Fewer accounts each this quarter"));
            changed.then().statusCode(201).header("Location", containsString(CAP + "/changes/"))
                    .body("setting", equalTo("EXECUTIVE_ACCOUNT_CAP")).body("value", equalTo("1"))
                    .body("changedBy", equalTo(ada.id().toString()));
            String changeId = changed.path("id");
            try {
                assertProblem(assign(sam, second, eve, "ACCOUNT_EXECUTIVE", false), CONFLICT,
                        "/api/clients/" + second + "/team/" + eve)
                        .body("detail", containsString("already on 1 active accounts; the agency's cap is 1"));
                ada.request().get(CAP).then().statusCode(200)
                        .body("appliedBy", equalTo("clients-service"))
                        .body("takes", equalTo("a whole number from 1 to 50"))
                        .body("inForce.id", equalTo(changeId)).body("inForce.value", equalTo("1"));

                JsonNode event = topic.awaitEvent(EventType.forPayload(RuleSettingChanged.class).type(),
                        e -> e.path("data").path("changeId").asText().equals(changeId), Duration.ofSeconds(20));
                assertEquals("EXECUTIVE_ACCOUNT_CAP", event.path("subject").asText());
                assertEquals("1", event.path("data").path("value").asText());
                assertEquals("Fewer accounts each this quarter", event.path("data").path("reason").asText());

                capAt("2");
                assign(sam, second, eve, "ACCOUNT_EXECUTIVE", false).statusCode(200);
            } finally {
                capAt("3");
            }
        }
        ada.request().get(CAP + "/changes").then().statusCode(200)
                .body("items[0].value", equalTo("3")).body("items[1].value", equalTo("2"))
                .body("items[2].value", equalTo("1"))
                .body("items[2].reason", equalTo("Fewer accounts each this quarter"));
    }

    @Test
    void aChangeFromALaterMomentWaitsForIt() {
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String id = changeCap(ada, Map.of("value", "50", "effectiveFrom", tomorrow.toString(),
                "reason", "More accounts each from tomorrow")).then().statusCode(201)
                .body("effectiveFrom", equalTo(tomorrow.toString())).extract().path("id");
        ada.request().get(CAP).then().statusCode(200)
                .body("upcoming.find { it.id == '" + id + "' }.value", equalTo("50"));
        UUID eve = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assign(sam, activeClientOf(sam, "Held " + i), eve, "ACCOUNT_EXECUTIVE", false).statusCode(200);
        }
        UUID fourth = activeClientOf(sam, "Not yet");
        assertProblem(assign(sam, fourth, eve, "ACCOUNT_EXECUTIVE", false), CONFLICT,
                "/api/clients/" + fourth + "/team/" + eve);
    }

    @Test
    void aValueOutsideWhatTheSettingTakesIsRefusedWithWhatItTakes() {
        for (String value : new String[] {"0", "51", "2.5", "three", "1e1"}) {
            assertProblem(changeCap(ada, Map.of("value", value, "reason", "Typo")).then(), UNPROCESSABLE,
                    CAP + "/changes")
                    .body("detail", containsString("EXECUTIVE_ACCOUNT_CAP takes a whole number from 1 to 50"))
                    .body("errors[0].field", equalTo("value"));
        }
        ada.request().body(Map.of("value", "12.5", "reason", "A dearer extra round"))
                .post("/api/rule-settings/EXTRA_ROUND_PERCENT/changes").then().statusCode(201)
                .body("value", equalTo("12.50"));
        ada.request().body(Map.of("value", "10", "reason", "Back to the default"))
                .post("/api/rule-settings/EXTRA_ROUND_PERCENT/changes").then().statusCode(201)
                .body("value", equalTo("10.00"));
    }

    @Test
    void aChangeCannotBeDatedInThePastNorFarAhead() {
        assertProblem(changeCap(ada, Map.of("value", "4", "effectiveFrom", "2020-01-01T00:00:00Z",
                "reason", "Backdated")).then(), UNPROCESSABLE, CAP + "/changes")
                .body("errors[0].field", equalTo("effectiveFrom"));
        assertProblem(changeCap(ada, Map.of("value", "4", "effectiveFrom", "2999-01-01T00:00:00Z",
                "reason", "Far ahead")).then(), UNPROCESSABLE, CAP + "/changes")
                .body("detail", containsString("five years"));
        assertProblem(changeCap(ada, Map.of("value", "4")).then(), CONSTRAINT_VIOLATION, CAP + "/changes");
    }

    @Test
    void onlyAnAdminChangesASettingAndDirectorsAndFinanceReadThem() {
        assertProblem(changeCap(ClientsApi.director(), Map.of("value", "4", "reason", "Not mine")).then(),
                FORBIDDEN, CAP + "/changes").body("detail", equalTo("Only ADMIN may change the rule settings"));
        assertProblem(sam.request().get("/api/rule-settings").then(), FORBIDDEN, "/api/rule-settings");
        ClientsApi.director().request().get("/api/rule-settings").then().statusCode(200)
                .body("setting", hasItems("EXECUTIVE_ACCOUNT_CAP", "AT_RISK_BELOW", "PAYMENT_TERMS_DAYS",
                        "EXTRA_ROUND_PERCENT"))
                .body("find { it.setting == 'PAYMENT_TERMS_DAYS' }.appliedBy", equalTo("billing-service"));
        Staff.with(Role.FINANCE).request().get("/api/rule-settings/HEALTH_WEIGHT_SLOW_APPROVAL").then()
                .statusCode(200)
                .body("inForce", nullValue());
    }

    @Test
    void anUnknownSettingIsNotFound() {
        assertProblem(ada.request().get("/api/rule-settings/COFFEE_BUDGET").then(), NOT_FOUND,
                "/api/rule-settings/COFFEE_BUDGET").body("detail", containsString("EXECUTIVE_ACCOUNT_CAP"));
        String unknownChange = CAP + "/changes/" + UUID.randomUUID();
        assertProblem(ada.request().get(unknownChange).then(), NOT_FOUND, unknownChange);
    }
}
