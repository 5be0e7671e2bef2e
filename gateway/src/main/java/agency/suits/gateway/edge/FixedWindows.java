package agency.suits.gateway.edge;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts requests per key in fixed windows: a key may make {@code limit} requests from the start of its window
 * until the window ends, then starts afresh. Fixed windows are what the RateLimit header fields describe (quota,
 * remaining, seconds to reset) and cost one map entry per active caller. Counts are per gateway instance.
 */
public final class FixedWindows {

    /** One caller's standing after a request: allowed or not, what is left, and seconds until the window resets. */
    public record Standing(boolean allowed, int remaining, long resetSeconds) {
    }

    private record Window(long startMillis, int used) {
    }

    private final int limit;
    private final long windowMillis;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    public FixedWindows(int limit, long windowMillis) {
        if (limit < 1 || windowMillis < 1000) {
            throw new IllegalArgumentException("a rate limit needs at least 1 request per window of at least 1 s");
        }
        this.limit = limit;
        this.windowMillis = windowMillis;
    }

    public int limit() {
        return limit;
    }

    public long windowSeconds() {
        return windowMillis / 1000;
    }

    /** Counts one request of {@code key} at {@code nowMillis}; a refused request counts too (it still cost work). */
    public Standing take(String key, long nowMillis) {
        Window window = windows.compute(key, (k, current) -> current == null
                || nowMillis - current.startMillis() >= windowMillis
                ? new Window(nowMillis, 1)
                : new Window(current.startMillis(), current.used() == Integer.MAX_VALUE
                        ? current.used() : current.used() + 1));
        long reset = Math.max(1, ceilSeconds(window.startMillis() + windowMillis - nowMillis));
        return new Standing(window.used() <= limit, Math.max(0, limit - window.used()), reset);
    }

    /** Forgets windows that have ended, so a crowd of one-off callers does not stay in memory. */
    public void forgetEnded(long nowMillis) {
        windows.values().removeIf(window -> nowMillis - window.startMillis() >= windowMillis);
    }

    int trackedKeys() {
        return windows.size();
    }

    private static long ceilSeconds(long millis) {
        return (millis + 999) / 1000;
    }
}
