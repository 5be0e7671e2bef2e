package agency.suits.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server run from the binaries zonky publishes on Maven Central.
 *
 * <p>As root, zonky runs the server through {@code unshare -U} so PostgreSQL's refusal to run as root does not
 * apply; where user namespaces are disabled that fails, and the message says so.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throw-away server on a free port with its data in a fresh temporary directory. */
    public static PostgresServer startEphemeral() {
        try {
            return start(EmbeddedPostgres.builder()
                    .setPort(Ports.free())
                    .setCleanDataDirectory(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server whose data survives restarts: initdb runs only when {@code dataDir} is empty. */
    public static PostgresServer startPersistent(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            // a postmaster left by a killed launcher still holds the port: stop it before judging the port taken
            LeftoverPostmaster.stopIfRunning(dataDir);
            Ports.requireFree(port, "PostgreSQL");
            return start(EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // zonky turns this off for speed; data that must survive restarts wants every commit durable
                    .setServerConfig("synchronous_commit", "on"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PostgresServer start(EmbeddedPostgres.Builder builder) throws IOException {
        try {
            return new PostgresServer(builder
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start());
        } catch (IOException | IllegalStateException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL server. When running as root this "
                    + "needs 'unshare -U' (user namespaces enabled); as another user the working directory "
                    + "(-Dot.epg.working-dir) must be writable. Cause: " + e.getMessage(), e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates the database unless it exists; safe to call on every start. */
    public void ensureDatabase(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
