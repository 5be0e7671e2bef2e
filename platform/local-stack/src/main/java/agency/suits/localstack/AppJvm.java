package agency.suits.localstack;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How an app's JVM runs on a developer's machine: under {@code ./suits up} and in the system tests, which start the
 * packaged apps the same way. Tuned for five JVMs on a laptop or a two-core machine (docs/benchmarks.md, "Memory"):
 * <ul>
 *   <li>the serial collector and a 128 MB heap: the apps' live heap after a full GC is about 30 MB, and a run of
 *       bench/writes.sh stays within it at no measurable cost per request, with 31-38 MB less resident memory than
 *       a 256 MB heap;</li>
 *   <li>the JIT stopped at C1: the apps start about a quarter faster at the cost of peak throughput, which a local
 *       stack does not need (measure performance with {@code SUITS_JAVA_OPTS} set);</li>
 *   <li>two malloc arenas ({@code MALLOC_ARENA_MAX}): glibc would otherwise give each of the many threads that
 *       allocate natively (Netty, the Kafka client, the JIT) an arena of its own, 4-17 MB more per app.</li>
 * </ul>
 * Containers set their own (src/main/docker/Dockerfile.jvm: a share of the container's limit, the same arenas).
 */
public final class AppJvm {

    /** The default of {@code SUITS_JAVA_OPTS}. */
    public static final String OPTIONS =
            "-XX:+UseSerialGC -Xmx128m -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError";

    /** What the environment of every JVM the stack starts gets besides its own settings, unless it has it already. */
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private AppJvm() {
    }

    /** The options as command-line arguments. */
    public static List<String> options(String options) {
        return Arrays.stream(options.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
    }

    /** Adds {@link #ENVIRONMENT} to a child's environment where the inherited one does not set it. */
    public static void tune(Map<String, String> processEnvironment) {
        ENVIRONMENT.forEach(processEnvironment::putIfAbsent);
    }
}
