import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the JFR recordings of `PROFILE=1 bench/writes.sh` (issue 16): for each burst's window (windows.txt) and
 * each process, where the CPU samples fall: by thread kind, by the method on top of the stack (self), and by the
 * frames a sample passes through (total: a method counted once per sample), so that a write's cost reads as
 * "the request", "the flush", "the relay", "a consumer's inbox transaction".
 *
 *   java bench/Profile.java target/bench/<run>/jfr [TOP [PACKAGE]]     # PACKAGE: whose totals, agency.suits.
 */
public final class Profile {

    /** The package whose methods the "total" list shows: ours unless a third argument names another. */
    private static String focus;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        focus = args.length > 2 ? args[2] : "agency.suits.";
        for (String line : Files.readAllLines(dir.resolve("windows.txt"))) {
            String[] w = line.split(" ");
            String burst = w[1];
            Instant from = Instant.ofEpochMilli(Long.parseLong(w[2]));
            // the consumers finish a burst's events after it ends: two seconds more
            Instant to = Instant.ofEpochMilli(Long.parseLong(w[3]) + 2000);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith(burst + "-")).sorted()
                        .toList()) {
                    summarise(file, burst, from, to, top);
                }
            }
        }
    }

    private static void summarise(Path file, String burst, Instant from, Instant to, int top) throws IOException {
        Map<String, Integer> byThread = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> byLibrary = new HashMap<>();
        Map<String, Integer> byEntry = new HashMap<>();
        Map<String, Long> allocated = new HashMap<>();
        Map<String, Double> threadLoad = new HashMap<>();
        Map<String, Set<Instant>> threadLoadTimes = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                continue;
            }
            String type = event.getEventType().getName();
            if (type.equals("jdk.ThreadCPULoad")) {
                // a fraction of the machine's CPU over the event's period (10 s), for one thread
                String kind = threadKind(event.getThread("eventThread") == null ? null
                        : event.getThread("eventThread").getJavaName());
                threadLoad.merge(kind, (double) (event.getFloat("user") + event.getFloat("system")), Double::sum);
                threadLoadTimes.computeIfAbsent(kind, k -> new HashSet<>()).add(event.getStartTime());
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                byThread.merge(threadKind(event.getThread("sampledThread").getJavaName()), 1, Integer::sum);
                self.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
                String library = library(stack);
                byLibrary.merge(library, 1, Integer::sum);
                byEntry.merge(entry(stack, event.getThread("sampledThread").getJavaName()) + "  <-  " + library, 1,
                        Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : stack.getFrames()) {
                    String name = name(frame);
                    if (seen.add(name)) {
                        total.merge(name, 1, Integer::sum);
                    }
                }
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                allocated.merge(firstOwnFrame(stack), event.getLong("weight"), Long::sum);
            }
        }
        String process = file.getFileName().toString().substring(burst.length() + 1).replace(".jfr", "");
        System.out.printf("%n## %s: %s, %d CPU samples%n", burst, process, samples);
        if (samples == 0) {
            return;
        }
        System.out.println("cores busy, by thread kind (jdk.ThreadCPULoad: GC and compiler threads too, which the"
                + " samples below leave out; " + Runtime.getRuntime().availableProcessors() + " cores here)");
        threadLoad.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("  %5.2f  %s%n", e.getValue() * Runtime.getRuntime()
                        .availableProcessors() / threadLoadTimes.get(e.getKey()).size(), e.getKey()));
        print("threads", byThread, samples, top);
        print("by library (the first frame from the top outside java.*, jdk.*, sun.*)", byLibrary, samples, top);
        print("by entry (the outermost agency.suits frame, else the thread) and library", byEntry, samples, top * 2);
        print("self", self, samples, top);
        Map<String, Integer> own = new HashMap<>();
        total.forEach((k, v) -> {
            if (k.startsWith(focus) && !k.contains("_Subclass") && !k.contains("_ClientProxy")) {
                own.put(k, v);
            }
        });
        print("total, " + focus + " methods", own, samples, top * 2);
        Map<String, Integer> mb = new HashMap<>();
        allocated.forEach((k, v) -> mb.put(k, (int) (v / (1024 * 1024))));
        System.out.println("allocation (MB, by first frame outside java.*, jdk.*, sun.*)");
        mb.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("  %8d  %s%n", e.getValue(), e.getKey()));
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println(title);
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        rows.stream().limit(top).forEach(e -> System.out.printf("  %5.1f %%  %s%n",
                100.0 * e.getValue() / samples, e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static final String[][] LIBRARIES = {
        {"org.postgresql.", "JDBC driver"}, {"io.agroal.", "connection pool"},
        {"org.hibernate.validator.", "bean validation"}, {"org.hibernate.", "Hibernate"},
        {"com.arjuna.", "transactions"}, {"io.quarkus.narayana.", "transactions"},
        {"org.jose4j.", "JWT"}, {"io.smallrye.jwt.", "JWT"}, {"io.quarkus.smallrye.jwt.", "JWT"},
        {"com.fasterxml.jackson.", "JSON"}, {"org.apache.kafka.", "Kafka client"},
        {"io.smallrye.reactive.messaging.", "reactive messaging"}, {"io.opentelemetry.", "tracing"},
        {"io.quarkus.opentelemetry.", "tracing"}, {"org.jboss.logmanager.", "logging"},
        {"org.jboss.logging.", "logging"}, {"io.micrometer.", "metrics"}, {"io.quarkus.micrometer.", "metrics"},
        {"org.jboss.resteasy.", "REST"}, {"io.quarkus.resteasy.", "REST"}, {"io.quarkus.security.", "security"},
        {"io.quarkus.vertx.http.runtime.security.", "security"}, {"io.smallrye.context.", "context propagation"},
        {"io.quarkus.arc.", "CDI"}, {"io.vertx.", "Vert.x/Netty"}, {"io.netty.", "Vert.x/Netty"},
        {"io.smallrye.mutiny.", "Mutiny"}, {"org.jboss.threads.", "thread pool"}, {"agency.suits.", "agency.suits"},
    };

    private static String library(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")
                    || type.startsWith("com.sun.")) {
                continue;
            }
            for (String[] library : LIBRARIES) {
                if (type.startsWith(library[0])) {
                    return library[1];
                }
            }
            return type.substring(0, Math.max(type.indexOf('.', type.indexOf('.') + 1), 0));
        }
        return "JDK";
    }

    private static String entry(RecordedStackTrace stack, String thread) {
        List<RecordedFrame> frames = stack.getFrames();
        for (int i = frames.size() - 1; i >= 0; i--) {
            String type = frames.get(i).getMethod().getType().getName();
            if (type.startsWith("agency.suits.") && !type.contains("_Subclass") && !type.contains("_ClientProxy")
                    && !type.contains("$quarkusrestinvoker$") && !type.contains("_Bean")) {
                return name(frames.get(i));
            }
        }
        return "[" + threadKind(thread) + "]";
    }

    private static String firstOwnFrame(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return name(frame);
            }
        }
        return name(stack.getFrames().get(0));
    }

    // thread names carry a counter (executor-thread-3, vert.x-eventloop-thread-1): the kind without it
    private static String threadKind(String thread) {
        return thread == null ? "?" : thread.replaceAll("[-#]?\\d+$", "").replaceAll("\\d+", "N");
    }
}
