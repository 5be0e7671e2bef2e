package agency.suits.gateway.stub;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * Starts one {@link StubService} per upstream on ephemeral ports in the test JVM and points the
 * gateway at them. Init arg {@code unreachable}: comma-separated service keys to point at a port
 * nobody listens on instead, to see what callers get when a service is down.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    /** How long a stub takes over a path ending in {@code /slow}. */
    public static final long SLOW_ANSWER_MILLIS = StubService.SLOW_ANSWER_MILLIS;

    /** Billing's route timeout in tests: short, so the slow-service test does not wait 30 seconds. */
    public static final long BILLING_TIMEOUT_MILLIS = 1_000;

    /** How long the work list waits for each part in tests. */
    public static final long WORK_TIMEOUT_MILLIS = 1_000;

    private static final Map<String, String> SERVICES = Map.of(
            "clients", "clients-service",
            "briefs", "briefs-service",
            "creative", "creative-workflow-service",
            "billing", "billing-service");

    private Set<String> unreachable = Set.of();
    private Vertx vertx;
    private final List<HttpServer> servers = new ArrayList<>();

    @Override
    public void init(Map<String, String> initArgs) {
        String keys = initArgs.getOrDefault("unreachable", "");
        unreachable = keys.isBlank() ? Set.of() : Set.of(keys.split(","));
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        try {
            for (Map.Entry<String, String> service : SERVICES.entrySet()) {
                int port;
                if (unreachable.contains(service.getKey())) {
                    port = portNobodyListensOn();
                } else {
                    HttpServer server = StubService.start(vertx, service.getValue());
                    servers.add(server);
                    port = server.actualPort();
                }
                config.put("suits.gateway.services." + service.getKey() + ".url", "http://127.0.0.1:" + port);
            }
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("Could not start the stub services", e);
        }
        config.put("suits.gateway.services.billing.timeout", BILLING_TIMEOUT_MILLIS + "ms");
        config.put("suits.gateway.work.timeout", WORK_TIMEOUT_MILLIS + "ms");
        config.putAll(Callers.verificationConfig());
        return config;
    }

    private static int portNobodyListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
            vertx = null;
        }
        servers.clear();
    }
}
