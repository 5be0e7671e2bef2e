package agency.suits.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The five apps of the local stack, in start order: the services first, the gateway last because its readiness
 * depends on theirs.
 */
public enum StackApp {

    CLIENTS("clients-service", 8081, "clients", "clients"),
    BRIEFS("briefs-service", 8082, "briefs", "briefs"),
    CREATIVE("creative-workflow-service", 8083, "creative", "creative"),
    BILLING("billing-service", 8084, "billing", "billing"),
    GATEWAY("gateway", 8080, null, null);

    private final String module;
    private final int httpPort;
    private final String database;
    private final String upstreamKey;

    StackApp(String module, int httpPort, String database, String upstreamKey) {
        this.module = module;
        this.httpPort = httpPort;
        this.database = database;
        this.upstreamKey = upstreamKey;
    }

    /** The Maven module directory, which is also the app's name in logs and the pid file. */
    public String module() {
        return module;
    }

    public int httpPort() {
        return httpPort;
    }

    /** The service's own database; the gateway has none. */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /** The key under {@code suits.gateway.services.<key>} that tells the gateway where this service lives. */
    public Optional<String> upstreamKey() {
        return Optional.ofNullable(upstreamKey);
    }

    public boolean isGateway() {
        return this == GATEWAY;
    }

    /** What {@code ./mvnw package} produces and {@code ./suits up} runs. */
    public Path runnableJar(Path repositoryRoot) {
        return repositoryRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public static List<StackApp> services() {
        return Arrays.stream(values()).filter(app -> !app.isGateway()).toList();
    }
}
