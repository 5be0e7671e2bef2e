package agency.suits.clients.client;

import agency.suits.clients.ClientsApi;
import agency.suits.clients.ClientsApi.Staff;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.clients.ClientRegistered;
import agency.suits.events.clients.ClientUpdated;
import agency.suits.testing.TopicProbe;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static agency.suits.clients.ClientsApi.director;
import static agency.suits.clients.ClientsApi.supervisor;
import static agency.suits.clients.ClientsApi.uniqueCode;
import static agency.suits.testing.ProblemContent.assertProblem;
import static agency.suits.web.problem.ProblemType.CONFLICT;
import static agency.suits.web.problem.ProblemType.CONSTRAINT_VIOLATION;
import static agency.suits.web.problem.ProblemType.INVALID_BODY;
import static agency.suits.web.problem.ProblemType.INVALID_PARAMETER;
import static agency.suits.web.problem.ProblemType.NOT_FOUND;
import static agency.suits.web.problem.ProblemType.PRECONDITION_FAILED;
import static agency.suits.web.problem.ProblemType.PRECONDITION_REQUIRED;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ClientResourceTest {

    private static final String REGISTERED = EventType.forPayload(ClientRegistered.class).type();
    private static final String UPDATED = EventType.forPayload(ClientUpdated.class).type();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Staff dana = director();

    @Test
    void registersAProspectAndPublishesClientRegistered() {
        String code = uniqueCode();
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            var created = dana.request()
                    .body(Map.of("code", code, "name", "  Acme Corporation ", "industry", "Consumer goods"))
                    .post("/api/clients").then()
                    .statusCode(201)
                    .header("ETag", equalTo("\"0\""))
                    .body("code", equalTo(code))
                    .body("name", equalTo("Acme Corporation"))
                    .body("industry", equalTo("Consumer goods"))
                    .body("status", equalTo("PROSPECT"))
                    .body("allowedTransitions", contains("ACTIVE", "CHURNED"))
                    .body("createdBy", equalTo(dana.id().toString()))
                    .body("version", equalTo(0))
                    .extract();
            String id = created.path("id");
            assertEquals(true, created.header("Location").endsWith("/api/clients/" + id), created.header("Location"));

            JsonNode event = probe.awaitEvent(REGISTERED, e -> e.path("subject").asText().equals(id), WAIT);
            JsonNode data = event.path("data");
            assertEquals(code, data.path("clientCode").asText());
            assertEquals("Acme Corporation", data.path("name").asText());
            assertEquals("Consumer goods", data.path("industry").asText());
            assertEquals("PROSPECT", data.path("status").asText());
            assertEquals(dana.id().toString(), data.path("registeredBy").asText());
        }
    }

    @Test
    void getsAClientWithItsVersionAsETag() {
        UUID id = ClientsApi.register(dana, "Globex");
        dana.request().get("/api/clients/{id}", id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id.toString()))
                .body("name", equalTo("Globex"))
                .body("status", equalTo("PROSPECT"));
    }

    @Test
    void refusesADuplicateCode() {
        String code = uniqueCode();
        dana.request().body(Map.of("code", code, "name", "First")).post("/api/clients").then().statusCode(201);
        assertProblem(dana.request().body(Map.of("code", code, "name", "Second")).post("/api/clients").then(),
                CONFLICT, "/api/clients")
                .body("detail", containsString(code))
                .body("allowedActions", contains("choose another code"));
    }

    @Test
    void refusesBadRegistrations() {
        assertProblem(dana.request().body(Map.of("code", "acme", "name", "Lower case")).post("/api/clients").then(),
                CONSTRAINT_VIOLATION, "/api/clients").body("errors.field", hasItem(containsString("code")));
        assertProblem(dana.request().body(Map.of("code", "A", "name", "Too short")).post("/api/clients").then(),
                CONSTRAINT_VIOLATION, "/api/clients");
        assertProblem(dana.request().body(Map.of("code", uniqueCode())).post("/api/clients").then(),
                CONSTRAINT_VIOLATION, "/api/clients").body("errors.field", hasItem(containsString("name")));
        assertProblem(dana.request().body(Map.of("code", uniqueCode(), "name", "x".repeat(201)))
                .post("/api/clients").then(), CONSTRAINT_VIOLATION, "/api/clients");
        assertProblem(dana.request().body(Map.of("code", uniqueCode(), "name", "N", "industry", "i".repeat(101)))
                .post("/api/clients").then(), CONSTRAINT_VIOLATION, "/api/clients");
        assertProblem(dana.request().body(Map.of("code", uniqueCode(), "name", "N", "vip", true))
                .post("/api/clients").then(), INVALID_BODY, "/api/clients");
        assertProblem(dana.request().body(Map.of("code", uniqueCode(), "name", Map.of("first", "N")))
                .post("/api/clients").then(), INVALID_BODY, "/api/clients");
        assertProblem(dana.request().body(Map.of("code", uniqueCode(), "name", "N", "status", "ACTIVE"))
                .post("/api/clients").then(), INVALID_BODY, "/api/clients");
        dana.request().post("/api/clients").then().statusCode(400);
    }

    @Test
    void answersNotFoundForAnUnknownClientAndBadRequestForAMalformedId() {
        UUID unknown = UUID.randomUUID();
        assertProblem(dana.request().get("/api/clients/{id}", unknown).then(), NOT_FOUND, "/api/clients/" + unknown);
        assertProblem(dana.request().get("/api/clients/not-a-uuid").then(), INVALID_PARAMETER,
                "/api/clients/not-a-uuid");
    }

    @Test
    void updatesDetailsWithIfMatchAndPublishesClientUpdated() {
        UUID id = ClientsApi.register(dana, "Initech");
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            dana.request().header("If-Match", "\"0\"")
                    .body(Map.of("name", "Initech Ltd", "industry", "Software"))
                    .put("/api/clients/{id}", id).then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("name", equalTo("Initech Ltd"))
                    .body("industry", equalTo("Software"))
                    .body("version", equalTo(1));

            JsonNode data = probe.awaitEvent(UPDATED, e -> e.path("subject").asText().equals(id.toString()), WAIT)
                    .path("data");
            assertEquals("Initech Ltd", data.path("name").asText());
            assertEquals("[\"NAME\",\"INDUSTRY\"]", data.path("changed").toString());
            assertEquals(dana.id().toString(), data.path("updatedBy").asText());
        }
    }

    @Test
    void clearsTheIndustryWhenItIsLeftOut() {
        UUID id = ClientsApi.register(dana, "Umbrella");
        dana.request().header("If-Match", "\"0\"").body(Map.of("name", "Umbrella"))
                .put("/api/clients/{id}", id).then()
                .statusCode(200)
                .body("industry", nullValue());
    }

    @Test
    void refusesAnUpdateWithoutOrWithAStaleIfMatch() {
        UUID id = ClientsApi.register(dana, "Hooli");
        String path = "/api/clients/" + id;
        assertProblem(dana.request().body(Map.of("name", "Hooli XYZ")).put(path).then(), PRECONDITION_REQUIRED, path);
        dana.request().header("If-Match", "\"0\"").body(Map.of("name", "Hooli 2")).put(path).then().statusCode(200);
        assertProblem(dana.request().header("If-Match", "\"0\"").body(Map.of("name", "Hooli 3")).put(path).then(),
                PRECONDITION_FAILED, path).body("detail", containsString("\"1\""));
        assertProblem(dana.request().header("If-Match", "\"1\"").body(Map.of("name", "")).put(path).then(),
                CONSTRAINT_VIOLATION, path);
        assertProblem(dana.request().header("If-Match", "\"1\"").body(Map.of("name", "H", "code", "NEW"))
                .put(path).then(), INVALID_BODY, path);
    }

    @Test
    void movesThroughTheLifecycleAndPublishesTheStatus() {
        Staff sam = supervisor();
        UUID id = ClientsApi.register(sam, "Stark");
        try (TopicProbe probe = TopicProbe.watching(Topics.CLIENTS)) {
            sam.request().header("If-Match", ClientsApi.etag(sam, id)).body(Map.of("status", "ACTIVE"))
                    .post("/api/clients/{id}/status", id).then()
                    .statusCode(200)
                    .body("status", equalTo("ACTIVE"))
                    .body("allowedTransitions", contains("AT_RISK", "PAUSED", "CHURNED"));

            JsonNode data = probe.awaitEvent(UPDATED, e -> e.path("subject").asText().equals(id.toString()), WAIT)
                    .path("data");
            assertEquals("ACTIVE", data.path("status").asText());
            assertEquals("[\"STATUS\"]", data.path("changed").toString());
        }
    }

    @Test
    void refusesAnIllegalMoveNamingTheAllowedOnes() {
        UUID id = ClientsApi.register(dana, "Wayne");
        String path = "/api/clients/" + id + "/status";
        assertProblem(dana.request().header("If-Match", "\"0\"").body(Map.of("status", "PAUSED")).post(path).then(),
                CONFLICT, path)
                .body("detail", containsString("PROSPECT cannot move to PAUSED"))
                .body("allowedActions", contains("ACTIVE", "CHURNED"));
        assertProblem(dana.request().header("If-Match", "\"0\"").body(Map.of("status", "BANKRUPT")).post(path).then(),
                INVALID_BODY, path);
        assertProblem(dana.request().header("If-Match", "\"0\"").body(Map.of()).post(path).then(),
                CONSTRAINT_VIOLATION, path);
        assertProblem(dana.request().body(Map.of("status", "CHURNED")).post(path).then(), PRECONDITION_REQUIRED, path);
        assertProblem(dana.request().header("If-Match", "\"7\"").body(Map.of("status", "CHURNED")).post(path).then(),
                PRECONDITION_FAILED, path);
    }

    @Test
    void refusesToActivateAClientWithoutAPrimarySupervisor() {
        UUID id = ClientsApi.register(dana, "Tyrell");
        String path = "/api/clients/" + id + "/status";
        assertProblem(dana.request().header("If-Match", "\"0\"").body(Map.of("status", "ACTIVE")).post(path).then(),
                CONFLICT, path)
                .body("detail", containsString("primary ACCOUNT_SUPERVISOR"));
    }

    @Test
    void listsWithFiltersPagingAndSorting() {
        String tag = uniqueCode().substring(1, 7);
        UUID alpha = ClientsApi.register(dana, "Alpha " + tag);
        UUID beta = ClientsApi.register(dana, "Beta " + tag);
        UUID gamma = ClientsApi.register(dana, "Gamma " + tag);
        dana.request().header("If-Match", "\"0\"").body(Map.of("name", "Gamma " + tag, "industry", "Aviation"))
                .put("/api/clients/{id}", gamma).then().statusCode(200);
        ClientsApi.moveTo(dana, beta, "CHURNED").statusCode(200);

        dana.request().queryParam("q", tag.toLowerCase()).queryParam("sort", "name,desc")
                .queryParam("size", 2).get("/api/clients").then()
                .statusCode(200)
                .body("items.name", contains("Gamma " + tag, "Beta " + tag))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        dana.request().queryParam("q", tag).queryParam("sort", "name,desc").queryParam("size", 2)
                .queryParam("page", 1).get("/api/clients").then()
                .body("items.id", contains(alpha.toString()))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        dana.request().queryParam("q", tag).queryParam("size", 2).queryParam("page", 5).get("/api/clients").then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(3));
        dana.request().queryParam("q", tag).queryParam("status", "CHURNED").get("/api/clients").then()
                .body("items.id", contains(beta.toString()));
        dana.request().queryParam("q", tag).queryParam("industry", "aviation").get("/api/clients").then()
                .body("items.id", contains(gamma.toString()));
    }

    @Test
    void filtersByTeamMember() {
        Staff sam = supervisor();
        UUID samsClient = ClientsApi.register(sam, "Sams client");
        ClientsApi.register(dana, "Not Sams");
        dana.request().queryParam("teamMember", sam.id()).get("/api/clients").then()
                .statusCode(200)
                .body("items.id", contains(samsClient.toString()));
    }

    @Test
    void searchTreatsWildcardsLiterally() {
        ClientsApi.register(dana, "Plain name");
        dana.request().queryParam("q", "%").queryParam("size", 100).get("/api/clients").then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void refusesBadListParameters() {
        assertProblem(dana.request().queryParam("sort", "secret").get("/api/clients").then(), INVALID_PARAMETER,
                "/api/clients");
        assertProblem(dana.request().queryParam("size", 1000).get("/api/clients").then(), INVALID_PARAMETER,
                "/api/clients");
        dana.request().queryParam("status", "HAPPY").get("/api/clients").then()
                .statusCode(400).body("status", equalTo(400)).body("type", notNullValue());
        dana.request().queryParam("teamMember", "nobody").get("/api/clients").then()
                .statusCode(400).body("status", equalTo(400));
        assertProblem(dana.request().queryParam("q", "q".repeat(101)).get("/api/clients").then(),
                CONSTRAINT_VIOLATION, "/api/clients");
    }
}
