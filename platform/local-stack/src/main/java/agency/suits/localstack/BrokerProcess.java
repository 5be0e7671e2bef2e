package agency.suits.localstack;

import agency.suits.embedded.KafkaBroker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The Kafka broker's own JVM, started by the launcher. It keeps the broker out of the launcher's heap and lets it
 * shut down by itself: the launcher holds this process's standard input open, and end-of-file there means the
 * launcher is gone (stopped or killed), so the broker stops too instead of lingering as an orphan.
 *
 * <p>Arguments: data directory, broker port, controller port.
 */
public final class BrokerProcess {

    private BrokerProcess() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("Usage: BrokerProcess <data-dir> <port> <controller-port>");
            System.exit(2);
        }
        KafkaBroker broker;
        try {
            broker = KafkaBroker.startPersistent(Path.of(args[0]), Integer.parseInt(args[1]),
                    Integer.parseInt(args[2]));
        } catch (RuntimeException e) {
            System.err.println("Kafka broker could not start: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
            return;
        }
        // SIGTERM (or the launcher's end-of-input below, through System.exit) stops the broker cleanly
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "stop-kafka-broker"));
        System.out.println("Kafka broker ready on " + broker.bootstrapServers());
        System.out.flush();
        waitForEndOfInput(System.in);
        System.out.println("Launcher gone: stopping the Kafka broker");
        System.exit(0);
    }

    private static void waitForEndOfInput(InputStream in) {
        try {
            while (in.read() != -1) {
                // the launcher never writes; anything it might is ignored
            }
        } catch (IOException closed) {
            // a broken pipe means the same as end of input
        }
    }
}
