import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A JDK-only HTTP load generator for bench/writes.sh (java.net.http, no dependencies; single-file source launch).
 *
 * <pre>
 *   java bench/Load.java --mode=closed --url=http://localhost:8081/api/clients --method=POST \
 *       --token=... --body='{"code":"@CODE@","name":"Bench @SEQ@"}' --code-prefix=BX --expect=201 \
 *       --connections=8 --warmup=10 --duration=20
 *   java bench/Load.java --mode=open --rate=40 --url=... --warmup=3 --duration=15
 * </pre>
 *
 * closed: N workers, each sends its next request as soon as the previous one answered (max rate). open: requests at
 * fixed intended send times (rate per second), taken by a pool of workers; the latency counts from the intended time,
 * so a slow answer that delays the next sends is charged to them too (no coordinated omission). In the body,
 * {@code @SEQ@} becomes a sequence number unique in this run and {@code @CODE@} the code prefix followed by that
 * number in base 36 (a client code is 2-10 upper-case letters or digits), {@code @CHOICE@} one of --choices=a,b,c
 * by worker (worker i takes choice i mod n: with as many choices as connections no two requests in flight share
 * one, e.g. a job whose budget each time entry updates). Prints one line of key=value pairs.
 */
public class Load {

    private static final int MAX_ERROR_SAMPLES = 3;

    private final Map<String, String> options;
    private final List<String> headers;
    private final URI uri;
    private final String method;
    private final String body;
    private final String codePrefix;
    private final String[] choices;
    private final int expect;
    private final HttpClient http;
    private final AtomicLong sequence;
    private final AtomicInteger errorSamples = new AtomicInteger();

    Load(Map<String, String> options, List<String> headers) {
        this.options = options;
        this.headers = headers;
        this.uri = URI.create(required("url"));
        this.method = options.getOrDefault("method", "GET").toUpperCase(Locale.ROOT);
        this.body = options.get("body");
        this.codePrefix = options.getOrDefault("code-prefix", "B");
        this.choices = options.getOrDefault("choices", "").split(",");
        this.expect = Integer.parseInt(options.getOrDefault("expect", "POST".equals(method) ? "201" : "200"));
        this.sequence = new AtomicLong(Long.parseLong(options.getOrDefault("seq-start", "0")));
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> headers = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are --name=value: " + arg);
            }
            String name = arg.substring(2, arg.indexOf('='));
            String value = arg.substring(arg.indexOf('=') + 1);
            if (name.equals("header")) {
                headers.add(value);
            } else {
                options.put(name, value);
            }
        }
        new Load(options, headers).run();
    }

    private String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + "= is required");
        }
        return value;
    }

    /** What one worker saw in the measured window: latencies in microseconds, successes and failures. */
    static final class Tally {
        long[] micros = new long[4096];
        int count;
        long ok;
        long errors;
        long warmupOk;

        void record(long latencyMicros) {
            if (count == micros.length) {
                micros = Arrays.copyOf(micros, count * 2);
            }
            micros[count++] = latencyMicros;
        }
    }

    private void run() throws Exception {
        String mode = options.getOrDefault("mode", "closed");
        int workers = Integer.parseInt(options.getOrDefault("connections", "closed".equals(mode) ? "8" : "16"));
        long warmupNanos = seconds("warmup", 10);
        long durationNanos = seconds("duration", 20);
        double rate = Double.parseDouble(options.getOrDefault("rate", "0"));
        if ("open".equals(mode) && rate <= 0) {
            throw new IllegalArgumentException("--mode=open needs --rate=<requests per second>");
        }
        long cpuBefore = processCpuNanos();
        long startEpochMs = System.currentTimeMillis();
        long start = System.nanoTime();
        long measureFrom = start + warmupNanos;
        long end = measureFrom + durationNanos;
        AtomicLong slots = new AtomicLong();
        long interval = rate > 0 ? Math.round(1e9 / rate) : 0;
        Tally[] tallies = new Tally[workers];
        Thread[] threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            Tally tally = tallies[w] = new Tally();
            String choice = choices[w % choices.length];
            Runnable loop = "open".equals(mode)
                    ? () -> openLoop(tally, choice, slots, start, interval, measureFrom, end)
                    : () -> closedLoop(tally, choice, measureFrom, end);
            threads[w] = new Thread(loop, "load-" + w);
            threads[w].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long endEpochMs = System.currentTimeMillis();
        long cpuAfter = processCpuNanos();

        long ok = 0;
        long errors = 0;
        long warmupOk = 0;
        int total = 0;
        for (Tally tally : tallies) {
            ok += tally.ok;
            errors += tally.errors;
            warmupOk += tally.warmupOk;
            total += tally.count;
        }
        long[] all = new long[total];
        int at = 0;
        for (Tally tally : tallies) {
            System.arraycopy(tally.micros, 0, all, at, tally.count);
            at += tally.count;
        }
        Arrays.sort(all);
        double measuredSeconds = durationNanos / 1e9;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mode", mode);
        out.put("method", method);
        out.put("url", uri);
        out.put("connections", workers);
        out.put("target_rate", rate > 0 ? String.format(Locale.ROOT, "%.1f", rate) : "-");
        out.put("ok", ok);
        out.put("errors", errors);
        out.put("rate", String.format(Locale.ROOT, "%.1f", ok / measuredSeconds));
        out.put("p50_ms", millis(percentile(all, 0.50)));
        out.put("p90_ms", millis(percentile(all, 0.90)));
        out.put("p99_ms", millis(percentile(all, 0.99)));
        out.put("max_ms", millis(all.length == 0 ? -1 : all[all.length - 1]));
        out.put("total_ok", ok + warmupOk);
        out.put("next_seq", sequence.get());
        out.put("start_ms", startEpochMs);
        out.put("end_ms", endEpochMs);
        out.put("load_cpu_s", String.format(Locale.ROOT, "%.2f", (cpuAfter - cpuBefore) / 1e9));
        StringBuilder line = new StringBuilder("result");
        out.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
        System.out.println(line);
    }

    /** Max rate: the next request as soon as the previous one answered. */
    private void closedLoop(Tally tally, String choice, long measureFrom, long end) {
        while (true) {
            long sent = System.nanoTime();
            if (sent >= end) {
                return;
            }
            boolean success = send(choice);
            long done = System.nanoTime();
            count(tally, success, sent, done, measureFrom, end);
        }
    }

    /** Fixed intended send times; the latency counts from the intended time, however late the send was. */
    private void openLoop(Tally tally, String choice, AtomicLong slots, long start, long interval, long measureFrom,
                          long end) {
        while (true) {
            long intended = start + slots.getAndIncrement() * interval;
            if (intended >= end) {
                return;
            }
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean success = send(choice);
            long done = System.nanoTime();
            count(tally, success, intended, done, measureFrom, end);
        }
    }

    private static void count(Tally tally, boolean success, long from, long done, long measureFrom, long end) {
        if (from < measureFrom) {
            if (success) {
                tally.warmupOk++;
            }
            return;
        }
        if (success) {
            tally.ok++;
            tally.record((done - from) / 1_000);
        } else {
            tally.errors++;
        }
    }

    private boolean send(String choice) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        String token = options.get("token");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (String header : headers) {
            int colon = header.indexOf(':');
            request.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
        }
        if (body != null) {
            long seq = sequence.getAndIncrement();
            String code = codePrefix + Long.toString(seq, 36).toUpperCase(Locale.ROOT);
            String text = body.replace("@SEQ@", Long.toString(seq)).replace("@CODE@", code)
                    .replace("@CHOICE@", choice);
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(text));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == expect) {
                return true;
            }
            sample("HTTP " + response.statusCode() + " " + response.body());
        } catch (Exception e) {
            sample(e.toString());
        }
        return false;
    }

    private void sample(String error) {
        if (errorSamples.incrementAndGet() <= MAX_ERROR_SAMPLES) {
            String text = error.replaceAll("\\s+", " ");
            System.err.println("error: " + method + " " + uri + ": " + text.substring(0, Math.min(300, text.length())));
        }
    }

    private long seconds(String name, double defaultSeconds) {
        return Math.round(Double.parseDouble(options.getOrDefault(name, Double.toString(defaultSeconds))) * 1e9);
    }

    private static long percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String millis(long micros) {
        return micros < 0 ? "-" : String.format(Locale.ROOT, "%.2f", micros / 1000.0);
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
