package agency.suits.testing;

import agency.suits.embedded.KafkaBroker;
import agency.suits.embedded.PostgresServer;

/**
 * The one PostgreSQL server and the one Kafka broker of a test JVM. Started on first use, stopped when the JVM
 * exits, so every test class of a module shares them instead of paying start-up per class.
 */
final class SharedServers {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;

    private SharedServers() {
    }

    static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresServer.startEphemeral();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "stop-test-postgres"));
        }
        return postgres;
    }

    static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = KafkaBroker.startEphemeral();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "stop-test-kafka"));
        }
        return kafka;
    }
}
