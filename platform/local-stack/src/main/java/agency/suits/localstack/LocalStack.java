package agency.suits.localstack;

import agency.suits.embedded.PostgresServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./suits up}: PostgreSQL in this JVM, the Kafka broker and the five apps as child processes, each waited for
 * until it answers, then kept running until Ctrl-C or SIGTERM, which stops them in reverse order.
 */
public final class LocalStack {

    static final String BROKER_JAVA_OPTIONS =
            "-XX:+UseSerialGC -Xms64m -Xmx512m -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError";
    private static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration APP_STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration BROKER_STOP_GRACE = Duration.ofSeconds(30);

    private final StackLayout layout;
    private final PrintStream out;
    private final PidFile pids;
    private final Duration readyTimeout;
    private final List<String> appJavaOptions;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private PostgresServer postgres;
    private volatile Process broker;
    private final Map<StackApp, Process> apps = Collections.synchronizedMap(new EnumMap<>(StackApp.class));
    private final Set<String> reportedDead = new HashSet<>();
    private boolean stopped;
    private final CountDownLatch stoppedLatch = new CountDownLatch(1);
    private volatile boolean stopRequested;

    LocalStack(StackLayout layout, PrintStream out, Map<String, String> environment) {
        this.layout = layout;
        this.out = out;
        this.pids = new PidFile(layout.pidFile());
        this.readyTimeout = readyTimeout(environment);
        this.appJavaOptions = AppJvm.options(environment.getOrDefault("SUITS_JAVA_OPTS", AppJvm.OPTIONS));
    }

    /** Starts everything, then blocks until the stack is stopped. Returns the exit code. */
    int up(Instant invokedAt) {
        try {
            start(invokedAt);
        } catch (RuntimeException e) {
            boolean interrupted = stopRequested;
            if (!interrupted) {
                out.println();
                out.println("Suits could not start: " + e.getMessage());
            }
            stop();
            return interrupted ? 0 : 1;
        }
        superviseUntilStopped();
        return 0;
    }

    private void start(Instant invokedAt) {
        layout.createDirectories();
        out.println("Suits local stack: data in " + display(layout.dataDir())
                + ", logs in " + display(layout.logDir()));
        Leftovers.stop(layout, out);
        StackPorts.requireFree(StackPorts.required());
        pids.record(PidFile.LAUNCHER, ProcessHandle.current(), SuitsCommand.class.getPackageName());
        SigningKeys keys = SigningKeys.loadOrCreate(layout.jwtDir());

        startPostgres();
        startBroker(deadline());
        startApps(keys);
        new DemoDirectory(http, URI.create("http://127.0.0.1:" + StackApp.CLIENTS.httpPort()),
                DemoTokens.sign(DemoStaff.ADA, keys.privateKey(), Instant.now())).seed(out);
        // From here on the launcher only waits. Give back the heap that start-up grew (zonky reads the whole
        // PostgreSQL archive into memory to checksum it): with the serial collector a full GC shrinks the heap.
        System.gc();

        out.println();
        out.println("Suits is up in " + seconds(Duration.between(invokedAt, Instant.now())) + ".");
        out.println();
        out.println("  Gateway     http://localhost:" + StackApp.GATEWAY.httpPort());
        out.println("  Swagger UI  http://localhost:" + StackApp.GATEWAY.httpPort() + "/q/swagger-ui");
        out.println("  Health      http://localhost:" + StackApp.GATEWAY.httpPort() + "/q/health/ready");
        out.println("  OpenAPI     http://localhost:" + StackApp.GATEWAY.httpPort() + "/openapi/clients"
                + "  (also /openapi/briefs, /openapi/creative, /openapi/billing)");
        out.println("  Token       ./suits token alice     (./suits token --help lists the demo staff)");
        out.println("  Try         curl -H \"Authorization: Bearer $(./suits token alice)\" http://localhost:"
                + StackApp.GATEWAY.httpPort() + "/api/staff/me");
        out.println("  Logs        " + display(layout.logDir()));
        out.println();
        out.println("Press Ctrl-C to stop everything (data is kept in " + display(layout.dataDir()) + ").");
        out.flush();
    }

    private void startPostgres() {
        Instant started = Instant.now();
        // zonky reads its working directory when the builder is made; see StackLayout#postgresBinaries
        System.setProperty("ot.epg.working-dir", layout.postgresBinaries().toString());
        postgres = PostgresServer.startPersistent(layout.postgresData(), StackPorts.POSTGRES);
        Leftovers.leftoverPostmaster(layout.postgresData())
                .ifPresent(postmaster -> pids.record("postgres", postmaster, "postgres"));
        for (StackApp service : StackApp.services()) {
            postgres.ensureDatabase(service.database().orElseThrow());
        }
        out.println(row("PostgreSQL", "127.0.0.1:" + StackPorts.POSTGRES, started)
                + "  databases " + String.join(", ", StackApp.services().stream()
                .map(service -> service.database().orElseThrow()).toList()));
    }

    private void startBroker(Instant deadline) {
        Instant started = Instant.now();
        List<String> command = new ArrayList<>();
        command.add(ChildCommand.javaExecutable().toString());
        command.addAll(AppJvm.options(BROKER_JAVA_OPTIONS));
        command.addAll(List.of(
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", layout.launcherClasspath(),
                BrokerProcess.class.getName(),
                layout.kafkaData().toString(),
                Integer.toString(StackPorts.KAFKA),
                Integer.toString(StackPorts.KAFKA_CONTROLLER)));
        broker = launch("kafka", command, Map.of(), layout.root(), BrokerProcess.class.getName(), null);
        awaitBroker(deadline);
        out.println(row("Kafka broker", "127.0.0.1:" + StackPorts.KAFKA, started));
    }

    private void awaitBroker(Instant deadline) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + StackPorts.KAFKA);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        try (Admin admin = Admin.create(config)) {
            while (true) {
                requireAlive("Kafka broker", "kafka", broker);
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
                } catch (Exception notYet) {
                    // not listening yet
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the Kafka broker did not answer on 127.0.0.1:" + StackPorts.KAFKA
                            + " within " + readyTimeout.toSeconds() + " s; see " + display(layout.log("kafka")));
                }
                pause(Duration.ofMillis(200));
            }
        }
    }

    private void startApps(SigningKeys keys) {
        AppEnvironment.Wiring wiring = AppEnvironment.Wiring.local(keys.publicKeyFile().toUri());
        Instant started = Instant.now();
        // all at once: on two cores the apps' start-up overlaps I/O and JIT well enough to beat a sequence
        for (StackApp app : StackApp.values()) {
            Path jar = app.runnableJar(layout.root());
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing; run ./suits up --rebuild");
            }
            List<String> command = new ArrayList<>();
            command.add(ChildCommand.javaExecutable().toString());
            command.addAll(appJavaOptions);
            command.addAll(List.of("-jar", jar.toString()));
            launch(app.module(), command, AppEnvironment.of(app, wiring), layout.root().resolve(app.module()),
                    jar.toString(), app);
        }
        out.println("  starting " + String.join(", ", Arrays.stream(StackApp.values()).map(StackApp::module).toList())
                + " ...");
        Instant deadline = deadline();
        for (StackApp app : StackApp.values()) {
            awaitReady(app, deadline);
            out.println(row(app.module(), "http://localhost:" + app.httpPort(), started));
        }
    }

    /**
     * Starts a child and records it where {@link #stop()} finds it, under the same lock as {@code stop()}, so that a
     * Ctrl-C during start-up never leaves a child nobody stops.
     */
    private synchronized Process launch(String name, List<String> command, Map<String, String> environment,
                                        Path workingDir, String marker, StackApp app) {
        if (stopRequested) {
            throw new IllegalStateException("stopped while starting");
        }
        ProcessBuilder builder = new ProcessBuilder(ChildCommand.detached(command))
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(layout.log(name).toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(environment);
        AppJvm.tune(builder.environment());
        try {
            Process process = builder.start();
            if (app == null) {
                broker = process;
            } else {
                apps.put(app, process);
            }
            pids.record(name, process.toHandle(), marker);
            return process;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady(StackApp app, Instant deadline) {
        Process process = apps.get(app);
        URI health = URI.create("http://127.0.0.1:" + app.httpPort() + "/q/health/ready");
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(3)).GET().build();
        String lastAnswer = "no answer";
        while (true) {
            requireAlive(app.module(), app.module(), process);
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + oneLine(response.body());
            } catch (IOException e) {
                lastAnswer = "no answer (" + e.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + app.module(), e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(app.module() + " was not ready within " + readyTimeout.toSeconds()
                        + " s (" + health + " last gave: " + lastAnswer + "). See " + display(layout.log(app.module()))
                        + lastLines(layout.log(app.module())));
            }
            pause(Duration.ofMillis(250));
        }
    }

    private void requireAlive(String what, String logName, Process process) {
        if (stopRequested) {
            throw new IllegalStateException("stopped while starting");
        }
        if (!process.isAlive()) {
            throw new IllegalStateException(what + " exited with code " + process.exitValue() + " while starting. See "
                    + display(layout.log(logName)) + lastLines(layout.log(logName)));
        }
    }

    /** Watches the children until the stack is stopped, telling the user when one of them dies. */
    private void superviseUntilStopped() {
        try {
            while (!stoppedLatch.await(1, TimeUnit.SECONDS)) {
                if (stopRequested) {
                    continue;
                }
                apps.forEach((app, process) -> reportIfDead(app.module(), process));
                reportIfDead("kafka", broker);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void reportIfDead(String name, Process process) {
        if (process != null && !process.isAlive() && reportedDead.add(name)) {
            out.println("! " + name + " stopped unexpectedly (exit code " + process.exitValue() + "); see "
                    + display(layout.log(name)) + ". The rest keeps running; Ctrl-C stops everything.");
        }
    }

    /** Marks the stack as stopping, so that a start in progress gives up instead of reporting a failure. */
    void requestStop() {
        stopRequested = true;
    }

    /** Stops the apps (gateway first), then the broker, then PostgreSQL. Safe to call more than once. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopRequested = true;
        if (postgres == null && broker == null && apps.isEmpty()) {
            // nothing started; the pid file, if any, may be another launcher's (see Leftovers)
            if (pids.hasRecords()) {
                pids.delete();
            }
            stopped = true;
            stoppedLatch.countDown();
            return;
        }
        Instant started = Instant.now();
        out.println();
        out.println("Stopping Suits ...");
        Process gateway = apps.get(StackApp.GATEWAY);
        if (gateway != null && gateway.isAlive()) {
            terminate(StackApp.GATEWAY.module(), gateway, APP_STOP_GRACE);
        }
        // the services do not depend on each other: SIGTERM to all at once, then wait for each
        List<StackApp> running = StackApp.services().stream()
                .filter(service -> apps.get(service) != null && apps.get(service).isAlive())
                .toList();
        running.forEach(service -> apps.get(service).destroy());
        running.forEach(service -> terminate(service.module(), apps.get(service), APP_STOP_GRACE));
        if (broker != null && broker.isAlive()) {
            try {
                OutputStream stdin = broker.getOutputStream();
                stdin.close(); // end of input: BrokerProcess shuts the broker down cleanly
            } catch (IOException ignored) {
                // SIGTERM below does the same
            }
            terminate("Kafka broker", broker, BROKER_STOP_GRACE);
        }
        if (postgres != null) {
            try {
                postgres.close();
                out.println("  stopped PostgreSQL");
            } catch (RuntimeException e) {
                out.println("  PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            Leftovers.leftoverPostmaster(layout.postgresData()).ifPresent(Leftovers::terminate);
        }
        pids.delete();
        stopped = true;
        stoppedLatch.countDown();
        out.println("Suits stopped in " + seconds(Duration.between(started, Instant.now())) + "; data kept in "
                + display(layout.dataDir()) + ".");
        out.flush();
    }

    /** SIGTERM (again, harmlessly, for the services), a grace period, then SIGKILL. */
    private void terminate(String name, Process process, Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                out.println("  " + name + " ignored SIGTERM for " + grace.toSeconds() + " s; killing it");
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        out.println("  stopped " + name);
    }

    private Instant deadline() {
        return Instant.now().plus(readyTimeout);
    }

    private String row(String what, String where, Instant since) {
        return String.format(Locale.ROOT, "  %-26s %-24s ready after %s", what, where,
                seconds(Duration.between(since, Instant.now())));
    }

    /** A path as the user should type it: relative when under the current directory. */
    private String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    static Duration readyTimeout(Map<String, String> environment) {
        String value = environment.get("SUITS_READY_TIMEOUT_SECONDS");
        if (value == null || value.isBlank()) {
            return DEFAULT_READY_TIMEOUT;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SUITS_READY_TIMEOUT_SECONDS must be a number of seconds, not " + value);
        }
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - 15), lines.size());
            return tail.isEmpty() ? ""
                    : "\n--- last lines of " + log.getFileName() + " ---\n" + String.join("\n", tail);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
