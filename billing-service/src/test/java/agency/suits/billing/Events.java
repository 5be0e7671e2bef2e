package agency.suits.billing;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Job numbers for tests. The events themselves come from the shared builders ({@code JobEvents}, {@code
 * AccountEvents}, {@code Published}); the numbers are counted here rather than drawn at random, so that no two tests
 * of one run ever share a job.
 */
public final class Events {

    private static final AtomicInteger JOBS = new AtomicInteger(100000 + ThreadLocalRandom.current().nextInt(800000));

    private Events() {
    }

    /** A job number no other test uses. */
    public static String newJobNumber() {
        return "ACME-2026-" + JOBS.incrementAndGet();
    }
}
