package agency.suits.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

class JoinedDocumentTest {

    private static final JsonObject MONEY = new JsonObject().put("type", "object")
            .put("properties", new JsonObject().put("amount", new JsonObject().put("type", "string")));

    @Test
    void joinsPathsAndSharesComponentsThatAreTheSame() {
        JoinedDocument joined = JoinedDocument.of(documents(
                document("/api/clients", "listClients", MONEY),
                document("/api/invoices", "listInvoices", MONEY)));

        assertEquals(List.of(), joined.conflicts());
        assertEquals(List.of("/api/clients", "/api/invoices"),
                List.copyOf(joined.document().getJsonObject("paths").fieldNames()));
        assertEquals(MONEY, joined.document().getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("Money"));
        assertEquals("3.0.3", joined.document().getString("openapi"));
    }

    @Test
    void namesEachConflictInsteadOfGuessing() {
        JsonObject otherMoney = new JsonObject().put("type", "object")
                .put("properties", new JsonObject().put("amount", new JsonObject().put("type", "number")));
        JoinedDocument joined = JoinedDocument.of(documents(
                document("/api/clients", "listThings", MONEY),
                document("/api/clients", "listThings", otherMoney)));

        assertEquals(List.of(
                "/api/clients is in clients-service and billing-service",
                "components/schemas/Money differs between clients-service and billing-service"),
                joined.conflicts());
    }

    @Test
    void anOperationIdTwiceIsAConflict() {
        JoinedDocument joined = JoinedDocument.of(documents(
                document("/api/clients", "getThing", MONEY),
                document("/api/invoices", "getThing", MONEY)));

        assertEquals(List.of("operationId getThing is in clients-service and billing-service"), joined.conflicts());
    }

    @Test
    void theGatewaysOwnPathLeavesOutTheServicesPartsOfIt() {
        JsonObject gateway = new JsonObject().put("paths", new JsonObject().put("/api/me/work", new JsonObject()
                .put("get", new JsonObject().put("operationId", "listMyWork"))));
        JoinedDocument joined = JoinedDocument.of(gateway, documents(
                document("/api/me/work", "listClientsWork", MONEY),
                document("/api/me/work", "listBillingWork", MONEY)));

        assertEquals(List.of(), joined.conflicts());
        assertEquals(List.of("/api/me/work"), List.copyOf(joined.document().getJsonObject("paths").fieldNames()));
        assertEquals("listMyWork", joined.document().getJsonObject("paths").getJsonObject("/api/me/work")
                .getJsonObject("get").getString("operationId"));
        assertEquals("3.0.3", joined.document().getString("openapi"));
    }

    private static Map<String, JsonObject> documents(JsonObject clients, JsonObject billing) {
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        documents.put("clients-service", clients);
        documents.put("billing-service", billing);
        return documents;
    }

    private static JsonObject document(String path, String operationId, JsonObject money) {
        return new JsonObject()
                .put("openapi", "3.0.3")
                .put("paths", new JsonObject().put(path, new JsonObject()
                        .put("get", new JsonObject().put("operationId", operationId))))
                .put("components", new JsonObject().put("schemas", new JsonObject().put("Money", money)));
    }
}
