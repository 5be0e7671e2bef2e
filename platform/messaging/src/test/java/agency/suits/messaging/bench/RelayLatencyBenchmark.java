package agency.suits.messaging.bench;

import agency.suits.messaging.proof.AppliedEffects;
import agency.suits.messaging.proof.ClientChanges;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static agency.suits.messaging.proof.ClientUpdates.renamed;

/**
 * Commit-to-handler latency of the outbox at light load: one event every 20 ms, through the real broker, measured
 * from just before the recording transaction starts to the moment the consumer's handler runs.
 *
 * <p>A measurement, not a test: it asserts nothing. Run with {@code ./mvnw -pl platform/messaging -am verify
 * -Pbench}; results go to {@code target/bench/relay-latency.txt}.
 */
@QuarkusTest
class RelayLatencyBenchmark {

    private static final int WARM_UP = 100;
    private static final int MEASURED = 1000;

    @Inject
    ClientChanges changes;

    @Inject
    AppliedEffects effects;

    @Test
    void commitToHandlerLatency() throws Exception {
        UUID client = UUID.randomUUID();
        run(client, "warm-up", WARM_UP);
        List<Long> micros = run(client, "measured", MEASURED);
        Collections.sort(micros);
        String result = String.format(Locale.ROOT,
                "events=%d interval=20ms p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms%n", micros.size(),
                percentile(micros, 50), percentile(micros, 90), percentile(micros, 99),
                micros.get(micros.size() - 1) / 1000.0);
        System.out.print("Relay latency: " + result);
        Path out = Path.of("target", "bench", "relay-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
    }

    private List<Long> run(UUID client, String prefix, int count) throws InterruptedException, IOException {
        List<String> names = new ArrayList<>();
        List<Long> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = prefix + "-" + i + "-" + client;
            names.add(name);
            started.add(System.nanoTime());
            changes.update(renamed(client, name));
            Thread.sleep(20);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            micros.add((effects.awaitHandled(names.get(i)) - started.get(i)) / 1000);
        }
        return micros;
    }

    private static double percentile(List<Long> sortedMicros, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1000.0;
    }
}
