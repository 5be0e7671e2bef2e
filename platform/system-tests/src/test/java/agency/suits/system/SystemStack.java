package agency.suits.system;

import agency.suits.embedded.Ports;
import agency.suits.embedded.PostgresServer;
import agency.suits.localstack.AppEnvironment;
import agency.suits.localstack.DemoTokens;
import agency.suits.localstack.SigningKeys;
import agency.suits.localstack.StackApp;
import agency.suits.security.Role;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole system, once per test run, as {@code ./suits up} runs it: PostgreSQL (in this JVM), the Kafka broker and
 * the five packaged apps as processes, on free ports. Scenarios drive it through {@link #gateway()} only; they may
 * kill and restart the broker or any app, and start a second instance of every service (with a second gateway in
 * front of them) against the same databases and consumer groups. Every scenario leaves the stack as it found it.
 */
final class SystemStack {

    /** Short on purpose: an outage longer than this proves that no relay work is held in a transaction. */
    static final Duration TRANSACTION_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READY = Duration.ofSeconds(240);

    private static SystemStack shared;

    private final Path root;
    private final Path work;
    private final PostgresServer postgres;
    private final BrokerNode broker;
    private final SigningKeys keys;
    private final Map<StackApp, List<AppNode>> nodes = new EnumMap<>(StackApp.class);

    private SystemStack(Path root, Path work) {
        this.root = root;
        this.work = work;
        Path logs = work.resolve("logs");
        createDirectories(logs);
        this.keys = SigningKeys.loadOrCreate(work.resolve("jwt"));
        this.postgres = PostgresServer.startEphemeral();
        for (StackApp service : StackApp.services()) {
            postgres.ensureDatabase(service.database().orElseThrow());
        }
        this.broker = new BrokerNode(work.resolve("kafka"), logs, Ports.free(), Ports.free());
        broker.start();
        List<AppNode> first = new ArrayList<>();
        Map<StackApp, String> upstreams = new EnumMap<>(StackApp.class);
        for (StackApp service : StackApp.services()) {
            AppNode node = node(service, service.module());
            first.add(node);
            upstreams.put(service, node.baseUri().toString());
        }
        first.add(node(StackApp.GATEWAY, "gateway", upstreams));
        first.forEach(AppNode::start);
        first.forEach(node -> node.awaitReady(READY));
    }

    /** The stack of this test run, started by the first scenario that asks and stopped when the JVM exits. */
    static synchronized SystemStack shared() {
        if (shared == null) {
            Path root = Path.of(System.getProperty("suits.repository.root", "../..")).toAbsolutePath().normalize();
            Path work = root.resolve("platform/system-tests/target/system-stack-" + Instant.now().toEpochMilli());
            SystemStack stack = new SystemStack(root, work);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stopAll, "stop-system-stack"));
            shared = stack;
        }
        return shared;
    }

    URI gateway() {
        return first(StackApp.GATEWAY).baseUri();
    }

    BrokerNode broker() {
        return broker;
    }

    /** The first (and usually only) instance of an app. */
    AppNode first(StackApp app) {
        return nodes.get(app).get(0);
    }

    List<AppNode> instances(StackApp app) {
        return List.copyOf(nodes.get(app));
    }

    /**
     * A second instance of every service on the same databases and consumer groups, and a second gateway in front
     * of them; answers the second gateway. Stopped again by {@link #stopSecondInstances()}.
     */
    synchronized URI startSecondInstances() {
        Map<StackApp, String> upstreams = new EnumMap<>(StackApp.class);
        List<AppNode> started = new ArrayList<>();
        for (StackApp service : StackApp.services()) {
            AppNode node = node(service, service.module() + "-2");
            upstreams.put(service, node.baseUri().toString());
            started.add(node);
        }
        AppNode gateway = node(StackApp.GATEWAY, "gateway-2", upstreams);
        started.add(gateway);
        started.forEach(AppNode::start);
        started.forEach(node -> node.awaitReady(READY));
        return gateway.baseUri();
    }

    synchronized void stopSecondInstances() {
        for (List<AppNode> instances : nodes.values()) {
            while (instances.size() > 1) {
                instances.remove(instances.size() - 1).stop(Duration.ofSeconds(20));
            }
        }
    }

    /** A bearer token for anybody, signed with the key the apps trust. */
    String token(UUID staffId, Role role) {
        return DemoTokens.sign(staffId, role.name().toLowerCase() + "-" + staffId.toString().substring(0, 8),
                role.name(), role, keys.privateKey(), Instant.now());
    }

    /** A connection to a service's own database, for scenarios that count what the system wrote twice. */
    Connection database(StackApp service) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(service.database().orElseThrow()), PostgresServer.USER,
                "");
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    private AppNode node(StackApp app, String name) {
        return node(app, name, Map.of());
    }

    private AppNode node(StackApp app, String name, Map<StackApp, String> upstreams) {
        int port = Ports.free();
        AppEnvironment.Wiring wiring = new AppEnvironment.Wiring("127.0.0.1:" + postgres.port(), PostgresServer.USER,
                "", broker.bootstrapServers(), keys.publicKeyFile().toUri(), DemoTokens.ISSUER, DemoTokens.AUDIENCE);
        Map<String, String> environment = new LinkedHashMap<>(AppEnvironment.of(app, wiring, port, upstreams));
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT",
                TRANSACTION_TIMEOUT.toSeconds() + "s");
        // retainer periods are drafted within seconds, not the hour a real agency waits
        environment.put("SUITS_BILLING_RETAINER_INVOICING", "3s");
        // an event that keeps failing is given up on after about ten seconds rather than two hours
        environment.put("SUITS_MESSAGING_INBOX_MAX_ATTEMPTS", "8");
        environment.put("SUITS_MESSAGING_INBOX_RETRY_BACKOFF", "200ms");
        environment.put("SUITS_MESSAGING_INBOX_MAX_BACKOFF", "2s");
        if (app == StackApp.CLIENTS) {
            // the scenarios' webhook receiver runs on this machine, which a real deployment refuses as a target
            environment.put("SUITS_CLIENTS_WEBHOOKS_ALLOWED_HOSTS", "127.0.0.1");
        }
        if (app.isGateway()) {
            // the scenarios' bursts are one caller's thousands of requests a minute: they test the services, and
            // the gateway's own tests test the limits
            environment.put("SUITS_GATEWAY_EDGE_RATE_LIMITS_READ_LIMIT", "1000000");
            environment.put("SUITS_GATEWAY_EDGE_RATE_LIMITS_WRITE_LIMIT", "1000000");
            environment.put("SUITS_GATEWAY_EDGE_RATE_LIMITS_ANONYMOUS_LIMIT", "1000000");
        }
        AppNode node = new AppNode(app, name, port, app.runnableJar(root), work.resolve("logs"), environment);
        nodes.computeIfAbsent(app, key -> new ArrayList<>()).add(node);
        return node;
    }

    private void stopAll() {
        List<AppNode> all = new ArrayList<>();
        nodes.values().forEach(all::addAll);
        all.stream().filter(node -> node.app() == StackApp.GATEWAY).forEach(node -> node.stop(Duration.ofSeconds(10)));
        all.stream().filter(node -> node.app() != StackApp.GATEWAY).forEach(node -> node.stop(Duration.ofSeconds(20)));
        broker.stop();
        postgres.close();
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + dir, e);
        }
    }
}
