package agency.suits.testing;

import agency.suits.embedded.KafkaBroker;
import agency.suits.embedded.PostgresServer;
import agency.suits.testing.contract.DocumentedResponses;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives a Quarkus test a real PostgreSQL database and a real Kafka broker, and makes the service trust tokens
 * minted by {@link Tokens}.
 *
 * <p>Register it once per test module, for example on an otherwise empty class:
 * {@code @QuarkusTestResource(value = RealInfrastructure.class,
 * initArgs = @ResourceArg(name = "database", value = "clients"))}.
 * Servers are shared by the whole test JVM; {@link #stop()} leaves them running for the next test class.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";

    private String database = "suits";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, database);
    }

    @Override
    public Map<String, String> start() {
        PostgresServer postgres = SharedServers.postgres();
        postgres.ensureDatabase(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", PostgresServer.USER);
        config.put("quarkus.datasource.password", "");
        config.put("kafka.bootstrap.servers", SharedServers.kafka().bootstrapServers());
        config.putAll(Tokens.verificationConfig());
        DocumentedResponses.install();
        return config;
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM; SharedServers stops them at JVM exit
    }

    /** The broker, for tests that take it away and bring it back. */
    public static KafkaBroker kafka() {
        return SharedServers.kafka();
    }

    public static String kafkaBootstrapServers() {
        return SharedServers.kafka().bootstrapServers();
    }

    public static PostgresServer postgres() {
        return SharedServers.postgres();
    }
}
