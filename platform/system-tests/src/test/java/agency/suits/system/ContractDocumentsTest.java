package agency.suits.system;

import agency.suits.events.EventType;
import agency.suits.testing.contract.ContractRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The documents a frontend team and an integrating system build on, read from the running system as they would:
 * the four services' OpenAPI documents join through the gateway without a conflict and keep the contract rules as
 * one, and the AsyncAPI document lists every event type of the catalog the services were built with.
 */
class ContractDocumentsTest {

    private final SystemStack stack = SystemStack.shared();

    @Test
    void theFourOpenApiDocumentsJoinIntoOneThatKeepsTheRules() throws Exception {
        String joined = RestAssured.given().baseUri(stack.gateway().toString()).get("/openapi")
                .then().statusCode(200).extract().asString();
        JsonNode document = new ObjectMapper().readTree(joined);

        assertEquals(List.of(), ContractRules.violations(document));
        for (String prefix : List.of("/api/clients", "/api/job-requests", "/api/creative-jobs", "/api/invoices")) {
            List<String> paths = new ArrayList<>();
            document.path("paths").fieldNames().forEachRemaining(paths::add);
            assertEquals(true, paths.stream().anyMatch(path -> path.startsWith(prefix)), prefix + " in " + paths);
        }
    }

    @Test
    void theAsyncApiDocumentListsEveryEventType() throws Exception {
        String asyncApi = RestAssured.given().baseUri(stack.gateway().toString()).get("/asyncapi")
                .then().statusCode(200).extract().asString();
        JsonNode messages = new ObjectMapper().readTree(asyncApi).path("components").path("messages");
        List<String> listed = new ArrayList<>();
        messages.fieldNames().forEachRemaining(listed::add);

        assertEquals(Arrays.stream(EventType.values()).map(type -> type.eventName() + ".v" + type.version())
                .toList(), listed);
    }
}
