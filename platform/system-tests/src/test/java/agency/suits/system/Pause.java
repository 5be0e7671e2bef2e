package agency.suits.system;

import java.time.Duration;

/** A sleep that turns an interrupt into a failure of the scenario rather than a silent early return. */
final class Pause {

    private Pause() {
    }

    static void of(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
