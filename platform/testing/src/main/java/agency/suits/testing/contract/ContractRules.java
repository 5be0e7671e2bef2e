package agency.suits.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules an OpenAPI document of ours keeps so that a frontend team can generate a client from it: each rule
 * answers its violations, one line each, naming where. Checked over every service's document by
 * {@link ApiContractTest} and over the joined document by the system tests.
 */
public final class ContractRules {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Set<String> BOUNDED_FORMATS = Set.of("uuid", "date", "date-time", "uri", "email");

    private ContractRules() {
    }

    public static List<String> violations(JsonNode document) {
        List<String> found = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        Set<String> describedTags = new HashSet<>();
        document.path("tags").forEach(tag -> {
            if (!tag.path("description").asText("").isBlank()) {
                describedTags.add(tag.path("name").asText());
            }
        });
        if (document.path("servers").isEmpty()) {
            found.add("the document names no servers");
        }
        document.path("paths").fieldNames().forEachRemaining(path -> {
            if (path.contains("{id}")) {
                found.add(path + ": a path parameter named {id}; name it after what it identifies ({clientId})");
            }
        });
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            String where = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = entry.getValue();
            String id = operation.path("operationId").asText("");
            if (id.isBlank()) {
                found.add(where + ": no operationId");
            } else if (!id.matches("[a-z][A-Za-z0-9]*")) {
                found.add(where + ": operationId " + id + " is not a lowerCamelCase verb and noun");
            } else if (!operationIds.add(id)) {
                found.add(where + ": operationId " + id + " is used twice");
            }
            operation.path("tags").forEach(tag -> {
                if (!describedTags.contains(tag.asText())) {
                    found.add(where + ": tag '" + tag.asText() + "' has no description");
                }
            });
            checkResponses(where, path.getKey(), operation.path("responses"), found);
            checkParameters(where, operation.path("parameters"), document, found);
            JsonNode body = operation.path("requestBody").path("content").path("application/json");
            if (!body.isMissingNode()) {
                if (body.path("example").isMissingNode() && body.path("examples").isMissingNode()
                        && resolve(body.path("schema"), document).path("example").isMissingNode()) {
                    found.add(where + ": the request body has no example");
                }
                checkBounds(where + " body", body.path("schema"), document, new HashSet<>(), found);
            }
        }));
        document.path("components").path("schemas").fields().forEachRemaining(schema ->
                checkNotEmpty("schema " + schema.getKey(), schema.getValue(), found));
        return found;
    }

    private static void checkResponses(String where, String path, JsonNode responses, List<String> found) {
        boolean success = false;
        Iterator<Map.Entry<String, JsonNode>> each = responses.fields();
        while (each.hasNext()) {
            Map.Entry<String, JsonNode> response = each.next();
            String status = response.getKey();
            JsonNode content = response.getValue().path("content");
            if (status.startsWith("2")) {
                success = true;
                if (!"204".equals(status) && (content.isMissingNode() || content.isEmpty())) {
                    found.add(where + ": " + status + " has no typed body");
                }
                content.fields().forEachRemaining(media -> checkNotEmpty(where + " " + status, media.getValue()
                        .path("schema"), found));
            } else if (!content.path("application/problem+json").path("schema").path("$ref").asText()
                    .endsWith("/Problem")) {
                found.add(where + ": " + status + " is not a Problem");
            }
        }
        if (!success) {
            found.add(where + ": no 2xx response");
        }
        for (String status : path.startsWith("/api") ? List.of("401", "500", "default") : List.of("500")) {
            if (responses.path(status).isMissingNode()) {
                found.add(where + ": no " + status + " response");
            }
        }
    }

    private static void checkParameters(String where, JsonNode parameters, JsonNode document, List<String> found) {
        for (JsonNode parameter : parameters) {
            String name = parameter.path("in").asText() + " parameter " + parameter.path("name").asText();
            if ("If-Match".equalsIgnoreCase(parameter.path("name").asText())
                    && !parameter.path("required").asBoolean()) {
                found.add(where + ": If-Match is not required");
            }
            checkBounds(where + " " + name, parameter.path("schema"), document, new HashSet<>(), found);
        }
    }

    /** What a request may carry is bounded: strings, numbers and lists, as the server bounds them. */
    private static void checkBounds(String where, JsonNode schema, JsonNode document, Set<String> seen,
                                    List<String> found) {
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            if (seen.add(ref)) {
                checkBounds(where, resolve(schema, document), document, seen, found);
            }
            return;
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(combined).forEach(part -> checkBounds(where, part, document, seen, found));
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "string" -> {
                if (!schema.has("maxLength") && !schema.has("enum") && !schema.has("pattern")
                        && !BOUNDED_FORMATS.contains(schema.path("format").asText())) {
                    found.add(where + ": a string without maxLength, enum, pattern or format");
                }
            }
            case "integer", "number" -> {
                // an int32 or int64 is bounded above by its format: a count or an id needs only its floor
                boolean sized = "integer".equals(type) && Set.of("int32", "int64").contains(schema.path("format")
                        .asText());
                if (!schema.has("minimum") || !(schema.has("maximum") || sized)) {
                    found.add(where + ": a " + type + " without minimum and maximum");
                }
            }
            case "array" -> {
                if (!schema.has("maxItems")) {
                    found.add(where + ": an array without maxItems");
                }
                checkBounds(where + "[]", schema.path("items"), document, seen, found);
            }
            case "object" -> schema.path("properties").fields().forEachRemaining(property ->
                    checkBounds(where + "." + property.getKey(), property.getValue(), document, seen, found));
            default -> {
                // enums and refs are bounded by what they name
            }
        }
    }

    private static void checkNotEmpty(String where, JsonNode schema, List<String> found) {
        if (schema.isObject() && !schema.has("$ref") && !schema.has("type") && !schema.has("allOf")
                && !schema.has("oneOf") && !schema.has("anyOf") && !schema.has("enum")) {
            found.add(where + ": an empty schema");
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode document) {
        String ref = schema.path("$ref").asText("");
        if (!ref.startsWith("#/components/schemas/")) {
            return schema;
        }
        return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
    }
}
