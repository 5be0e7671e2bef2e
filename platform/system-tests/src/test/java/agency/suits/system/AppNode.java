package agency.suits.system;

import agency.suits.localstack.AppJvm;
import agency.suits.localstack.ChildCommand;
import agency.suits.localstack.StackApp;

import java.io.IOException;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One process of one packaged app, on its own port, that a scenario can start, stop, kill and start again. */
final class AppNode {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final StackApp app;
    private final String name;
    private final int port;
    private final Path jar;
    private final Path log;
    private final Map<String, String> environment;
    private Process process;
    private int starts;

    AppNode(StackApp app, String name, int port, Path jar, Path logDir, Map<String, String> environment) {
        this.app = app;
        this.name = name;
        this.port = port;
        this.jar = jar;
        this.log = logDir.resolve(name + ".log");
        this.environment = Map.copyOf(environment);
    }

    StackApp app() {
        return app;
    }

    String name() {
        return name;
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    Path log() {
        return log;
    }

    /** Starts the process; its output is appended to its log, one section per start. */
    synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is running already");
        }
        List<String> command = new ArrayList<>();
        command.add(ChildCommand.javaExecutable().toString());
        command.addAll(AppJvm.options(AppJvm.OPTIONS));
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.writeString(log, "\n==== start " + (++starts) + " at " + Instant.now() + " ====\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(ChildCommand.detached(command))
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            AppJvm.tune(builder.environment());
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** After a scenario killed it (or whatever else happened): running and ready again. */
    void restartIfDown() {
        if (!isAlive()) {
            start();
        }
        awaitReady(SystemStack.READY);
    }

    /** Waits until /q/health/ready answers UP; fails with the end of the log when the process dies or times out. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest request = HttpRequest.newBuilder(baseUri().resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + tail());
            }
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Pause.of(Duration.ofMillis(200));
        }
        throw new IllegalStateException(name + " not ready within " + timeout + " (" + last + ")" + tail());
    }

    /** SIGKILL: no shutdown hook, no goodbye to the broker or the database, as a crashed machine would. */
    synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(10));
        }
    }

    /** SIGTERM; answers how long the process took to exit (it is killed after {@code patience}). */
    synchronized Duration stop(Duration patience) {
        if (process == null || !process.isAlive()) {
            return Duration.ZERO;
        }
        Instant asked = Instant.now();
        process.destroy();
        if (!waitFor(patience)) {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(10));
        }
        return Duration.between(asked, Instant.now());
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The last lines of the log, for a failure message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n--- " + log + " ---\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40),
                    lines.size()));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private boolean waitFor(Duration patience) {
        try {
            return process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
