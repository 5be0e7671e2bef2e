package agency.suits.system;

import agency.suits.localstack.BrokerProcess;
import agency.suits.localstack.ChildCommand;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The Kafka broker in a process of its own (the local stack's BrokerProcess), with its data on disk and fixed ports,
 * so that a scenario can SIGKILL it and start it again as the same broker with the same topics.
 */
final class BrokerNode {

    private final Path dataDir;
    private final Path log;
    private final int port;
    private final int controllerPort;
    private Process process;

    BrokerNode(Path dataDir, Path logDir, int port, int controllerPort) {
        this.dataDir = dataDir;
        this.log = logDir.resolve("kafka.log");
        this.port = port;
        this.controllerPort = controllerPort;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    synchronized void start() {
        List<String> command = List.of(ChildCommand.javaExecutable().toString(), "-XX:+UseSerialGC", "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), BrokerProcess.class.getName(), dataDir.toString(),
                Integer.toString(port), Integer.toString(controllerPort));
        try {
            // BrokerProcess stops when its standard input ends: the pipe stays open as long as this JVM holds it
            process = new ProcessBuilder(ChildCommand.detached(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the Kafka broker: " + e.getMessage(), e);
        }
        awaitReady(Duration.ofSeconds(90));
    }

    /** SIGKILL: the broker vanishes mid-request, as when its machine dies. */
    synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    private void awaitReady(Duration timeout) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(config)) {
            while (Instant.now().isBefore(deadline)) {
                if (!isAlive()) {
                    throw new IllegalStateException("the Kafka broker exited; see " + log);
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (Exception notYet) {
                    // not listening yet
                }
                Pause.of(Duration.ofMillis(200));
            }
        }
        throw new IllegalStateException("the Kafka broker did not answer within " + timeout + "; see " + log);
    }
}
