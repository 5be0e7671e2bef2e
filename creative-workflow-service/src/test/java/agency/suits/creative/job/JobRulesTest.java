package agency.suits.creative.job;

import agency.suits.events.creative.ClientDecision;
import agency.suits.domain.WrongState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static agency.suits.creative.job.JobAction.ADD_VERSION;
import static agency.suits.creative.job.JobAction.ASSIGN;
import static agency.suits.creative.job.JobAction.CANCEL;
import static agency.suits.creative.job.JobAction.INTERNAL_REVIEW;
import static agency.suits.creative.job.JobAction.PRESENT;
import static agency.suits.creative.job.JobAction.RECORD_FEEDBACK;
import static agency.suits.creative.job.JobAction.STRATEGY_CHECK;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobRulesTest {

    /** The table the issue describes, written out by hand so the rules are checked against it, not against itself. */
    private static final Map<JobStatus, Set<JobAction>> EXPECTED = new EnumMap<>(Map.of(
            JobStatus.IN_WORK, EnumSet.of(ASSIGN, ADD_VERSION, INTERNAL_REVIEW, CANCEL),
            JobStatus.STRATEGY_CHECK, EnumSet.of(ASSIGN, STRATEGY_CHECK, CANCEL),
            JobStatus.READY_TO_PRESENT, EnumSet.of(ASSIGN, PRESENT, CANCEL),
            JobStatus.WITH_CLIENT, EnumSet.of(ASSIGN, RECORD_FEEDBACK, CANCEL),
            JobStatus.APPROVED, EnumSet.noneOf(JobAction.class),
            JobStatus.CANCELLED, EnumSet.noneOf(JobAction.class)));

    @Test
    void everyStatusHasItsRow() {
        assertEquals(EnumSet.allOf(JobStatus.class), EXPECTED.keySet());
    }

    @ParameterizedTest
    @EnumSource(JobStatus.class)
    void everyActionInEveryStatusIsAllowedExactlyAsTheTableSays(JobStatus status) {
        for (JobAction action : JobAction.values()) {
            if (EXPECTED.get(status).contains(action)) {
                assertDoesNotThrow(() -> JobRules.require(status, action), status + " x " + action);
            } else {
                WrongState refused = assertThrows(WrongState.class, () -> JobRules.require(status, action),
                        status + " x " + action);
                assertEquals(EXPECTED.get(status).stream().map(Enum::name).sorted().toList(),
                        refused.allowedActions().stream().sorted().toList(), status + " x " + action);
                assertTrue(refused.getMessage().contains(action.name()));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(JobStatus.class)
    void internalReviewApprovesToStrategyCheckOrSendsBackToWork(JobStatus status) {
        expect(status, INTERNAL_REVIEW, s -> JobRules.afterInternalReview(s, true), JobStatus.STRATEGY_CHECK);
        expect(status, INTERNAL_REVIEW, s -> JobRules.afterInternalReview(s, false), JobStatus.IN_WORK);
    }

    @ParameterizedTest
    @EnumSource(JobStatus.class)
    void strategyCheckPassesToPresentationOrReturnsToWork(JobStatus status) {
        expect(status, STRATEGY_CHECK, s -> JobRules.afterStrategyCheck(s, true), JobStatus.READY_TO_PRESENT);
        expect(status, STRATEGY_CHECK, s -> JobRules.afterStrategyCheck(s, false), JobStatus.IN_WORK);
    }

    @ParameterizedTest
    @EnumSource(JobStatus.class)
    void presentationPutsTheWorkWithTheClient(JobStatus status) {
        expect(status, PRESENT, JobRules::afterPresentation, JobStatus.WITH_CLIENT);
    }

    @ParameterizedTest
    @EnumSource(JobStatus.class)
    void approvalClosesTheJobAndAnyOtherDecisionReturnsItToWork(JobStatus status) {
        expect(status, RECORD_FEEDBACK, s -> JobRules.afterFeedback(s, ClientDecision.APPROVED), JobStatus.APPROVED);
        expect(status, RECORD_FEEDBACK, s -> JobRules.afterFeedback(s, ClientDecision.CHANGES_REQUESTED),
                JobStatus.IN_WORK);
        expect(status, RECORD_FEEDBACK, s -> JobRules.afterFeedback(s, ClientDecision.REJECTED), JobStatus.IN_WORK);
    }

    @ParameterizedTest
    @EnumSource(JobStatus.class)
    void cancellationEndsEveryJobThatIsNotFinal(JobStatus status) {
        expect(status, CANCEL, JobRules::afterCancellation, JobStatus.CANCELLED);
    }

    @Test
    void finalStatusesAreApprovedAndCancelledOnly() {
        for (JobStatus status : JobStatus.values()) {
            assertEquals(EXPECTED.get(status).isEmpty(), status.isFinal(), status.name());
        }
    }

    private static void expect(JobStatus status, JobAction action, Function<JobStatus, JobStatus> transition,
                               JobStatus next) {
        if (EXPECTED.get(status).contains(action)) {
            assertEquals(next, transition.apply(status), status + " x " + action);
        } else {
            assertThrows(WrongState.class, () -> transition.apply(status), status + " x " + action);
        }
    }
}
