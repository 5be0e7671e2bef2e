package agency.suits.clients.health;

import agency.suits.clients.ClientsConfig;
import agency.suits.events.clients.HealthSignal;
import agency.suits.events.creative.ClientDecision;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthRulesTest {

    private static final UUID CLIENT = UUID.randomUUID();
    private static final SourceEvent SOURCE = new SourceEvent(UUID.randomUUID(), "agency.suits.X.v1");
    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    private final HealthRules rules = new HealthRules(new DefaultHealthConfig(), ZoneOffset.UTC);

    @Test
    void aRejectionWeighsMoreThanAChangeRequestAndAnApprovalNothing() {
        List<ObservedSignal> rejected = rules.fromFeedback(
                OtherServices.feedback(CLIENT, ClientDecision.REJECTED, Duration.ofDays(1), null), SOURCE);
        List<ObservedSignal> changes = rules.fromFeedback(
                OtherServices.feedback(CLIENT, ClientDecision.CHANGES_REQUESTED, Duration.ofDays(1), null), SOURCE);
        assertEquals(List.of(HealthSignal.WORK_REJECTED), rejected.stream().map(ObservedSignal::signal).toList());
        assertEquals(20, rejected.get(0).weight());
        assertEquals(SOURCE.id(), rejected.get(0).sourceEventId());
        assertEquals(5, changes.get(0).weight());
        assertEquals(List.of(), rules.fromFeedback(
                OtherServices.feedback(CLIENT, ClientDecision.APPROVED, Duration.ofDays(1), null), SOURCE));
    }

    @Test
    void slowFeedbackIsASignalOfItsOwn() {
        List<ObservedSignal> slow = rules.fromFeedback(
                OtherServices.feedback(CLIENT, ClientDecision.APPROVED, Duration.ofDays(9), null), SOURCE);
        assertEquals(List.of(HealthSignal.SLOW_APPROVAL), slow.stream().map(ObservedSignal::signal).toList());
        assertTrue(slow.get(0).detail().contains("9 days"));
    }

    @Test
    void onlyTheWholeBudgetUsedCounts() {
        assertTrue(rules.fromBudget(OtherServices.budget(CLIENT, 80), SOURCE).isEmpty());
        assertEquals(20, rules.fromBudget(OtherServices.budget(CLIENT, 100), SOURCE).orElseThrow().weight());
    }

    @Test
    void anOverdueInvoiceWeighsMoreAsItAges() {
        assertEquals(10, rules.fromOverdue(OtherServices.overdue(CLIENT, 1), SOURCE).weight());
        assertEquals(15, rules.fromOverdue(OtherServices.overdue(CLIENT, 30), SOURCE).weight());
        assertEquals(20, rules.fromOverdue(OtherServices.overdue(CLIENT, 61), SOURCE).weight());
    }

    @Test
    void aRevisionLimitExceededCounts() {
        ObservedSignal signal = rules.fromRevisionLimit(OtherServices.revisionLimit(CLIENT), SOURCE);
        assertEquals(HealthSignal.REVISION_LIMIT_EXCEEDED, signal.signal());
        assertEquals(15, signal.weight());
    }

    @Test
    void silenceCountsAfterThirtyDays() {
        assertTrue(rules.silence(NOW.minus(Duration.ofDays(29)), NOW).isEmpty());
        ObservedSignal quiet = rules.silence(NOW.minus(Duration.ofDays(45)), NOW).orElseThrow();
        assertEquals(HealthSignal.NO_RECENT_INTERACTION, quiet.signal());
        assertEquals(null, quiet.sourceEventId());
        assertTrue(quiet.detail().contains("45 days"));
    }

    @Test
    void aContractCountsInsideItsNoticeWindowUntilRenewed() {
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        assertTrue(rules.contractEnding(today.minusDays(1), today.plusDays(20), false, NOW).isPresent());
        assertTrue(rules.contractEnding(today.minusDays(1), today.plusDays(20), true, NOW).isEmpty());
        assertTrue(rules.contractEnding(today.plusDays(1), today.plusDays(40), false, NOW).isEmpty());
        assertTrue(rules.contractEnding(today.minusDays(40), today.minusDays(1), false, NOW).isEmpty());
    }

    @Test
    void theScoreLosesEachWeightAndNeverGoesBelowZero() {
        ObservedSignal heavy = new ObservedSignal(HealthSignal.WORK_REJECTED, 45, "x", null, null, null, NOW);
        assertEquals(100, HealthRules.score(List.of()));
        assertEquals(55, HealthRules.score(List.of(heavy)));
        assertEquals(0, HealthRules.score(List.of(heavy, heavy, heavy)));
    }

    @Test
    void atRiskMeansBelowTheThreshold() {
        assertFalse(rules.below(60));
        assertTrue(rules.below(59));
    }

    @Test
    void aSignalCountsForItsWindow() {
        assertTrue(rules.current(NOW.minus(Duration.ofDays(89)), NOW));
        assertFalse(rules.current(NOW.minus(Duration.ofDays(91)), NOW));
    }

    /** The documented defaults, as @WithDefault declares them. */
    static final class DefaultHealthConfig implements ClientsConfig.Health {
        public int threshold() { return 60; }
        public Duration window() { return Duration.ofDays(90); }
        public Duration slowApprovalAfter() { return Duration.ofDays(5); }
        public Duration quietAfter() { return Duration.ofDays(30); }
        public String checkEvery() { return "1h"; }
        public Weights weights() {
            return new Weights() {
                public int workRejected() { return 20; }
                public int changesRequested() { return 5; }
                public int slowApproval() { return 5; }
                public int revisionLimitExceeded() { return 15; }
                public int budgetOverrun() { return 20; }
                public int invoiceOverdue() { return 10; }
                public int invoiceOverdueAgeStep() { return 5; }
                public int noRecentInteraction() { return 10; }
                public int contractEndingWithoutRenewal() { return 15; }
            };
        }
    }
}
