package agency.suits.system;

import agency.suits.localstack.StackApp;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Orchestrators send SIGTERM and wait a little before SIGKILL: a service must go in time, broker or no broker. */
class ShutdownTest {

    private final SystemStack stack = SystemStack.shared();

    @Test
    void aServiceWhoseBrokerIsGoneStopsWithinSecondsOfSigterm() {
        AppNode billing = stack.first(StackApp.BILLING);
        // The consumers commit what they have read every second (auto.commit.interval.ms in platform/messaging).
        // With offsets still pending when the broker goes, the stop waits on their commit (about 2 s per channel,
        // docs/benchmarks.md, issue 16). This test measures the stop itself, so it lets them commit first.
        Pause.of(Duration.ofSeconds(3));
        stack.broker().kill();
        Duration took;
        try {
            Pause.of(Duration.ofSeconds(3));
            took = billing.stop(Duration.ofSeconds(30));
        } finally {
            stack.broker().start();
            billing.restartIfDown();
        }
        Report.line("billing-service stopped %d ms after SIGTERM with the broker gone", took.toMillis());
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "stopped after " + took + "\n" + billing.tail());
    }
}
