package agency.suits.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the local stack keeps its state: everything lives in {@code .suits/} at the repository root (ignored by
 * git), so a restart finds its data and deleting the folder starts afresh.
 */
public record StackLayout(Path root) {

    public StackLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path dataDir() {
        return root.resolve(".suits");
    }

    public Path postgresData() {
        return dataDir().resolve("postgres");
    }

    /**
     * Where zonky unpacks the PostgreSQL binaries. Not the parent of {@link #postgresData()}: zonky deletes
     * unlocked directories it finds in its working directory, and the data must never be one of them. Per
     * checkout rather than the shared {@code /tmp/embedded-pg}, which another user may own.
     */
    public Path postgresBinaries() {
        return dataDir().resolve("postgres-binaries");
    }

    public Path kafkaData() {
        return dataDir().resolve("kafka");
    }

    public Path jwtDir() {
        return dataDir().resolve("jwt");
    }

    public Path logDir() {
        return dataDir().resolve("logs");
    }

    public Path log(String processName) {
        return logDir().resolve(processName + ".log");
    }

    public Path pidFile() {
        return dataDir().resolve("pids");
    }

    /** This module's jar and its copied dependencies: what the launcher and the broker process run from. */
    public String launcherClasspath() {
        Path target = root.resolve("platform/local-stack/target");
        return target.resolve("suits-local-stack.jar") + java.io.File.pathSeparator + target.resolve("lib") + "/*";
    }

    public void createDirectories() {
        try {
            Files.createDirectories(dataDir());
            Files.createDirectories(logDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dataDir() + ": " + e.getMessage(), e);
        }
    }
}
