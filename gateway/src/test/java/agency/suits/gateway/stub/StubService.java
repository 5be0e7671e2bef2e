package agency.suits.gateway.stub;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Stands in for one upstream service: answers every request with a JSON echo of what arrived
 * (service, method, path, query, headers, body), so a test can see exactly what the gateway sent.
 *
 * <p>A few paths and headers make it misbehave on purpose:
 * <ul>
 *   <li>{@code X-Stub-Status} / {@code X-Stub-Location}: answer with that status and Location header;</li>
 *   <li>a path ending in {@code /slow}: answer only after {@link #SLOW_ANSWER_MILLIS}; a slow call whose
 *   connection closes before that counts as abandoned, and a path ending in {@code /abandoned} tells how
 *   many there were;</li>
 *   <li>a path ending in {@code /broken}: close the connection without answering;</li>
 *   <li>a path ending in {@code /export}: stream {@code ?bytes=} bytes of body, chunked;</li>
 *   <li>{@code /q/openapi} and {@code /q/health/ready}: what a Quarkus service serves there;</li>
 *   <li>{@code /api/me/work}: a work list of one item for the token's subject, which names a misbehaviour:
 *   {@code failing-<noun>} makes that service answer 500, {@code silent-<noun>} makes it answer only after
 *   {@link #SLOW_ANSWER_MILLIS} ({@code <noun>} as in {@code billing}, {@code creative});</li>
 *   <li>{@code /api/book}: the service's part of the book, misbehaving for the same subjects, and
 *   {@code refused-<noun>} makes that service answer 403.</li>
 * </ul>
 */
final class StubService {

    static final long SLOW_ANSWER_MILLIS = 10_000;

    private final Vertx vertx;
    private final String serviceName;
    private final AtomicInteger abandoned = new AtomicInteger();

    private StubService(Vertx vertx, String serviceName) {
        this.vertx = vertx;
        this.serviceName = serviceName;
    }

    /** Starts the stub on an ephemeral port of the loopback interface and returns the server. */
    static HttpServer start(Vertx vertx, String serviceName) throws Exception {
        StubService stub = new StubService(vertx, serviceName);
        return vertx.createHttpServer()
                .requestHandler(stub::handle)
                .listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get();
    }

    private void handle(HttpServerRequest request) {
        request.body().onSuccess(body -> answer(request, body));
    }

    private void answer(HttpServerRequest request, Buffer body) {
        String path = request.path();
        HttpServerResponse response = request.response();
        if (path.endsWith("/broken")) {
            request.connection().close();
        } else if (path.endsWith("/slow")) {
            response.closeHandler(closed -> abandoned.incrementAndGet());
            vertx.setTimer(SLOW_ANSWER_MILLIS, timer -> {
                if (!response.closed()) {
                    response.end(echo(request, body).encode());
                }
            });
        } else if (path.endsWith("/abandoned")) {
            response.putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("abandoned", abandoned.get()).encode());
        } else if (path.endsWith("/export")) {
            stream(response, Integer.parseInt(request.getParam("bytes", "1048576")));
        } else if (path.equals("/q/openapi") && "json".equals(request.getParam("format"))) {
            response.putHeader("Content-Type", "application/json;charset=UTF-8")
                    .putHeader("X-Stub-Saw-Query", String.valueOf(request.query()))
                    .end(document().encode());
        } else if (path.equals("/q/openapi")) {
            response.putHeader("Content-Type", "application/yaml;charset=UTF-8")
                    .putHeader("X-Stub-Saw-Query", String.valueOf(request.query()))
                    .end("openapi: 3.0.3\ninfo:\n  title: " + serviceName + "\n  version: 1.0.0\npaths: {}\n");
        } else if (path.equals("/api/me/work")) {
            work(request, response);
        } else if (path.equals("/api/book")) {
            book(request, response);
        } else if (path.equals("/q/health/ready")) {
            response.putHeader("Content-Type", "application/json").end("{\"status\":\"UP\",\"checks\":[]}");
        } else {
            String wanted = request.getHeader("X-Stub-Status");
            int status = Integer.parseInt(wanted == null ? "200" : wanted);
            response.setStatusCode(status).putHeader("Content-Type", "application/json");
            if (request.getHeader("X-Stub-Location") != null) {
                response.putHeader("Location", request.getHeader("X-Stub-Location"));
            }
            Buffer echo = echo(request, body).toBuffer();
            if (request.method() == HttpMethod.HEAD) {
                // Vert.x leaves the length out of HEAD answers; a real service states the GET length.
                response.putHeader("Content-Length", String.valueOf(echo.length())).end();
            } else {
                response.end(echo);
            }
        }
    }

    /** Each service's item waited a different number of days, so that the merged order shows. */
    private void work(HttpServerRequest request, HttpServerResponse response) {
        String noun = serviceName.substring(0, serviceName.indexOf('-'));
        String subject = subjectOf(request.getHeader("Authorization"));
        int day = switch (noun) {
            case "creative" -> 1;
            case "billing" -> 2;
            default -> 3;
        };
        JsonObject item = new JsonObject().put("kind", "STUB").put("subject", subject)
                .put("link", "/api/" + noun + "/work-1").put("waitingSince", "2026-11-0" + day + "T09:00:00Z")
                .put("sawRequestId", request.getHeader("X-Request-Id")).put("service", serviceName);
        part(noun, subject, response, new JsonObject().put("items", new JsonArray().add(item)));
    }

    /**
     * clients lists accounts c-1 and c-2 (and says what query it saw), creative has figures for c-1 only, billing
     * for c-2 only.
     */
    private void book(HttpServerRequest request, HttpServerResponse response) {
        String noun = serviceName.substring(0, serviceName.indexOf('-'));
        String subject = subjectOf(request.getHeader("Authorization"));
        JsonArray accounts = switch (noun) {
            case "clients" -> new JsonArray()
                    .add(new JsonObject().put("clientId", "c-1").put("name", "Alpha").put("subject", subject)
                            .put("sawQuery", request.query()))
                    .add(new JsonObject().put("clientId", "c-2").put("name", "Beta"));
            case "creative" -> new JsonArray().add(new JsonObject().put("clientId", "c-1").put("openJobs", 2)
                    .put("sawQuery", request.query()));
            case "billing" -> new JsonArray().add(new JsonObject().put("clientId", "c-2").put("jobsOverBudget", 1));
            default -> new JsonArray();
        };
        if (subject.equals("refused-" + noun)) {
            response.setStatusCode(403).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("status", 403).put("detail", "Stub refusal").encode());
            return;
        }
        part(noun, subject, response, new JsonObject().put("accounts", accounts));
    }

    /** Answers a service's part of a composed answer, unless the subject asks this service to fail or keep silent. */
    private void part(String noun, String subject, HttpServerResponse response, JsonObject part) {
        if (subject.equals("failing-" + noun)) {
            response.setStatusCode(500).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("status", 500).put("detail", "Stub failure").encode());
            return;
        }
        String body = part.encode();
        if (subject.equals("silent-" + noun)) {
            vertx.setTimer(SLOW_ANSWER_MILLIS, timer -> {
                if (!response.closed()) {
                    response.putHeader("Content-Type", "application/json").end(body);
                }
            });
            return;
        }
        response.putHeader("Content-Type", "application/json").end(body);
    }

    /** The token's subject, read without checking the signature: the gateway has checked it already. */
    private static String subjectOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return "";
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length < 2) {
            return "";
        }
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8);
        return new JsonObject(claims).getString("sub", "");
    }

    private JsonObject echo(HttpServerRequest request, Buffer body) {
        JsonObject headers = new JsonObject();
        request.headers().names().forEach(name ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", request.headers().getAll(name))));
        return new JsonObject()
                .put("service", serviceName)
                .put("method", request.method().name())
                .put("uri", request.uri())
                .put("path", request.path())
                .put("query", request.query())
                .put("headers", headers)
                .put("body", body.toString());
    }

    /** Writes the body in 16 KiB chunks, as a service streaming a large export would. */
    private static void stream(HttpServerResponse response, int bytes) {
        response.setChunked(true).putHeader("Content-Type", "application/octet-stream");
        Buffer chunk = Buffer.buffer(new byte[16 * 1024]);
        for (int i = 0; i < chunk.length(); i++) {
            chunk.setByte(i, (byte) ('a' + i % 26));
        }
        int written = 0;
        while (written < bytes) {
            int size = Math.min(chunk.length(), bytes - written);
            response.write(chunk.getBuffer(0, size));
            written += size;
        }
        response.end();
    }

    /** A document as a service writes one: a path of its own, and the Problem schema every service shares. */
    private JsonObject document() {
        String noun = serviceName.substring(0, serviceName.indexOf('-'));
        return new JsonObject()
                .put("openapi", "3.0.3")
                .put("info", new JsonObject().put("title", serviceName).put("version", "1.0.0"))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
                .put("tags", new JsonArray().add(new JsonObject().put("name", "Operations")
                        .put("description", "Dead letters")))
                .put("paths", new JsonObject().put("/api/" + noun, new JsonObject().put("get", new JsonObject()
                        .put("operationId", "list" + Character.toUpperCase(noun.charAt(0)) + noun.substring(1)))))
                .put("components", new JsonObject().put("schemas", new JsonObject()
                        .put("Problem", new JsonObject().put("type", "object"))));
    }
}
