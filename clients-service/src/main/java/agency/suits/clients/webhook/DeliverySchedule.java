package agency.suits.clients.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed delivery is tried again, when it is given up, and when a subscription that keeps failing is paused.
 * Waits double from the first retry up to the longest; a delivery is tried for a bounded time, so that a receiver
 * gone for good does not keep a queue forever.
 */
public record DeliverySchedule(Duration firstRetryAfter, Duration longestWait, Duration tryFor, int pauseAfter) {

    public DeliverySchedule {
        if (firstRetryAfter.isNegative() || firstRetryAfter.isZero() || longestWait.compareTo(firstRetryAfter) < 0) {
            throw new IllegalArgumentException("the first wait must be positive and no longer than the longest");
        }
        if (pauseAfter < 1) {
            throw new IllegalArgumentException("a subscription is paused after at least one failure");
        }
    }

    /** The wait after the n-th failed attempt of a delivery (n from 1). */
    public Duration waitAfter(int failedAttempts) {
        Duration wait = firstRetryAfter;
        for (int i = 1; i < failedAttempts && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    /** The last moment a delivery first queued (or replayed, or resumed) at {@code from} is still tried. */
    public Instant giveUpAt(Instant from) {
        return from.plus(tryFor);
    }

    /** Whether the next try, after this failure, would come too late. */
    public boolean givesUp(Instant giveUpAt, Instant now, int failedAttempts) {
        return !now.plus(waitAfter(failedAttempts)).isBefore(giveUpAt);
    }

    /** Whether a subscription whose deliveries failed this many times in a row is to be paused. */
    public boolean pauses(int consecutiveFailures) {
        return consecutiveFailures >= pauseAfter;
    }
}
