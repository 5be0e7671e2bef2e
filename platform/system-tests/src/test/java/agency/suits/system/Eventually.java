package agency.suits.system;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waiting for the system to have learnt something from its events: services learn of each other's changes a few
 * milliseconds to seconds later, and a scenario asks again until they have or the patience is spent.
 */
final class Eventually {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private Eventually() {
    }

    static void until(String what, BooleanSupplier condition) {
        until(what, PATIENCE, condition);
    }

    static void until(String what, Duration patience, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException | AssertionError notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("still not " + what + " after " + patience + ": " + notYet, notYet);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still not " + what + " after " + patience);
            }
            Pause.of(Duration.ofMillis(200));
        }
    }

    /** The first non-null answer. */
    static <T> T value(String what, Supplier<T> answer) {
        Object[] found = new Object[1];
        until(what, () -> (found[0] = answer.get()) != null);
        @SuppressWarnings("unchecked")
        T value = (T) found[0];
        return value;
    }
}
