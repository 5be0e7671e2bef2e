package agency.suits.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FixedWindowsTest {

    private final FixedWindows windows = new FixedWindows(3, 60_000);

    @Test
    void allowsTheLimitThenRefusesUntilTheWindowEnds() {
        assertEquals(new FixedWindows.Standing(true, 2, 60), windows.take("ann", 0));
        assertEquals(new FixedWindows.Standing(true, 1, 50), windows.take("ann", 10_000));
        assertEquals(new FixedWindows.Standing(true, 0, 50), windows.take("ann", 10_001));
        FixedWindows.Standing refused = windows.take("ann", 59_500);
        assertFalse(refused.allowed());
        assertEquals(1, refused.resetSeconds(), "half a second left is said as one");
        assertTrue(windows.take("ann", 60_000).allowed(), "a new window starts afresh");
    }

    @Test
    void keepsEachCallersCountApart() {
        for (int i = 0; i < 3; i++) {
            windows.take("ann", 0);
        }
        assertFalse(windows.take("ann", 1).allowed());
        assertTrue(windows.take("bob", 1).allowed());
    }

    @Test
    void forgetsEndedWindowsOnly() {
        windows.take("ann", 0);
        windows.take("bob", 30_000);
        windows.forgetEnded(60_000);
        assertEquals(1, windows.trackedKeys());
    }

    @Test
    void refusesALimitThatCannotBeMet() {
        assertThrows(IllegalArgumentException.class, () -> new FixedWindows(0, 60_000));
        assertThrows(IllegalArgumentException.class, () -> new FixedWindows(5, 10));
    }
}
