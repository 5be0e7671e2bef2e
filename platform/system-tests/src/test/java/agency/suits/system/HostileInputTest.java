package agency.suits.system;

import agency.suits.localstack.StackApp;
import agency.suits.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the joined OpenAPI document, called through the gateway with hostile paths, queries and bodies
 * by callers of every role: no answer is a 5xx and every error is problem+json. The same operations without a token
 * are refused by the gateway, and no service counts a single /api request more.
 */
class HostileInputTest {

    private static final List<String> HOSTILE_SEGMENTS = List.of("%00", "x".repeat(300), "..%2f..%2fetc",
            "%F0%9F%99%82%C3%BC", "-1", "99999999999999999999999", "00000000-0000-0000-0000-000000000000",
            "%27%3B%20drop%20table%20clients%3B--");
    private static final List<String> HOSTILE_QUERY_VALUES = List.of("%00", "y".repeat(3000), "-99999999999",
            "%FF%FE", "1e400", "%27%20or%201%3D1--", "");
    private static final List<String> HOSTILE_BODIES = List.of("", "{}", "[]", "null", "\"text\"", "{\"a\":",
            "{\"x\":" + "[".repeat(3000) + "]".repeat(3000) + "}");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final SystemStack stack = SystemStack.shared();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void noHostileInputGetsA5xxOrAnErrorThatIsNotAProblem() throws Exception {
        JsonNode document = joinedDocument();
        List<Operation> operations = operations(document);
        List<String> defects = new ArrayList<>();
        int requests = 0;
        Role[] roles = Role.values();
        for (Operation operation : operations) {
            List<String> targets = new ArrayList<>();
            for (String segment : HOSTILE_SEGMENTS) {
                targets.add(fill(operation.path(), segment));
            }
            for (String name : operation.queryParameters()) {
                for (String value : HOSTILE_QUERY_VALUES) {
                    targets.add(fill(operation.path(), UUID.randomUUID().toString()) + "?" + name + "=" + value);
                }
            }
            List<String> bodies = operation.hasBody() ? bodiesFor(operation) : List.of("");
            for (String target : targets) {
                for (String body : operation.hasBody() ? List.of("{}") : List.of("")) {
                    Role role = roles[requests++ % roles.length];
                    check(defects, operation, target, body, stack.token(UUID.randomUUID(), role));
                }
            }
            for (String body : bodies) {
                Role role = roles[requests++ % roles.length];
                check(defects, operation, fill(operation.path(), UUID.randomUUID().toString()), body,
                        stack.token(UUID.randomUUID(), role));
            }
        }
        Report.line("hostile inputs: %d requests over %d operations, %d answers that were a 5xx or not problem+json",
                requests, operations.size(), defects.size());
        assertEquals(List.of(), defects.subList(0, Math.min(40, defects.size())));
    }

    @Test
    void nothingWithoutAValidTokenReachesAService() throws Exception {
        JsonNode document = joinedDocument();
        // with a valid token the request does reach a service and is counted: the count below can move
        send("GET", "/api/clients", "", "Bearer " + stack.token(UUID.randomUUID(), Role.ACCOUNT_DIRECTOR));
        Thread.sleep(500); // a request's timing is recorded as its answer ends, a moment after the caller has it
        long before = apiRequestsCountedByTheServices();
        assertTrue(before > 0, "the services count the /api requests they answer");
        List<String> defects = new ArrayList<>();
        for (Operation operation : operations(document)) {
            for (String authorization : new String[] {null, "Bearer forged.token.here"}) {
                HttpResponse<String> answer = send(operation.method(),
                        fill(operation.path(), UUID.randomUUID().toString()),
                        operation.hasBody() ? "{}" : "", authorization);
                if (answer.statusCode() != 401 && answer.statusCode() != 429) {
                    defects.add(operation + " without a valid token answered " + answer.statusCode());
                }
            }
        }
        assertEquals(List.of(), defects);
        assertEquals(before, apiRequestsCountedByTheServices(), "no unauthenticated request reached a service");
    }

    private void check(List<String> defects, Operation operation, String target, String body, String token)
            throws Exception {
        HttpResponse<String> answer = send(operation.method(), target, body, "Bearer " + token);
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            defects.add(operation + " " + abbreviate(target) + " body " + abbreviate(body) + " -> " + status);
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            defects.add(operation + " " + abbreviate(target) + " -> " + status + " as '" + type + "'");
        }
    }

    private HttpResponse<String> send(String method, String target, String body, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(at(target))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"1\"")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, body.isEmpty() && !method.equals("POST") && !method.equals("PUT")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> bodiesFor(Operation operation) {
        List<String> bodies = new ArrayList<>(HOSTILE_BODIES);
        for (String property : operation.bodyProperties()) {
            for (String value : List.of("\"" + "z".repeat(20_000) + "\"", "\"nul\\u0000here\"", "1e400",
                    "-99999999999999999999999.99999", "99999999999999999999", "true", "[]", "{}",
                    "\"9999-12-31T23:59:59Z\"", "\"" + "9".repeat(30) + "\"")) {
                bodies.add("{\"" + property + "\":" + value + "}");
            }
        }
        return bodies;
    }

    private JsonNode joinedDocument() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(at("/openapi"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        return new ObjectMapper().readTree(answer.body());
    }

    /** The /api requests every service has answered, from its own metrics (read directly, not through the gateway). */
    private long apiRequestsCountedByTheServices() throws Exception {
        long total = 0;
        // the uri label is a template with braces of its own: /api/clients/{clientId}
        Pattern counted = Pattern.compile("^http_server_requests_seconds_count\\{(.*)} ([0-9.E+-]+)$",
                Pattern.MULTILINE);
        for (StackApp service : StackApp.services()) {
            String metrics = http.send(HttpRequest.newBuilder(URI.create(stack.first(service).baseUri()
                    + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher line = counted.matcher(metrics);
            while (line.find()) {
                if (line.group(1).contains("uri=\"/api")) {
                    total += (long) Double.parseDouble(line.group(2));
                }
            }
        }
        return total;
    }

    private record Operation(String method, String path, List<String> queryParameters, boolean hasBody,
                             List<String> bodyProperties) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                JsonNode operation = method.getValue();
                List<String> query = new ArrayList<>();
                operation.path("parameters").forEach(parameter -> {
                    if ("query".equals(parameter.path("in").asText())) {
                        query.add(parameter.path("name").asText());
                    }
                });
                JsonNode schema = resolve(document, operation.path("requestBody").path("content")
                        .path("application/json").path("schema"));
                List<String> properties = new ArrayList<>();
                schema.path("properties").fieldNames().forEachRemaining(properties::add);
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), query,
                        !operation.path("requestBody").isMissingNode(), properties));
            }
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private URI at(String pathAndQuery) {
        String base = stack.gateway().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery);
    }

    private static String fill(String path, String value) {
        return PATH_PARAMETER.matcher(path).replaceAll(Matcher.quoteReplacement(value));
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
