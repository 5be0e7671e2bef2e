package agency.suits.system;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes across the services, one after another on a thread of its own, for as long as a scenario lets it run:
 * the load during which the scenario kills something. Every write must succeed (the services take writes while
 * the broker is away: the outbox holds the events).
 */
final class Burst implements AutoCloseable {

    private final List<Runnable> writes;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger done = new AtomicInteger();
    private final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    private Thread writer;
    private Instant started;

    Burst(List<Runnable> writes) {
        this.writes = List.copyOf(writes);
    }

    Burst start() {
        started = Instant.now();
        running.set(true);
        writer = new Thread(() -> {
            int next = 0;
            while (running.get()) {
                try {
                    writes.get(next++ % writes.size()).run();
                    done.incrementAndGet();
                } catch (RuntimeException | AssertionError failure) {
                    failures.add(failure);
                }
                Pause.of(Duration.ofMillis(50));
            }
        }, "burst");
        writer.start();
        return this;
    }

    Instant started() {
        return started;
    }

    /** Stops after the write in progress; answers how many writes went through. */
    int stop() {
        running.set(false);
        try {
            writer.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return done.get();
    }

    List<Throwable> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() {
        if (running.get()) {
            stop();
        }
    }
}
