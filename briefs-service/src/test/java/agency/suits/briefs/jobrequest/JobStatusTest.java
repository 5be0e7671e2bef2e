package agency.suits.briefs.jobrequest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static agency.suits.briefs.jobrequest.JobStatus.BRIEFING;
import static agency.suits.briefs.jobrequest.JobStatus.CANCELLED;
import static agency.suits.briefs.jobrequest.JobStatus.COMPLETED;
import static agency.suits.briefs.jobrequest.JobStatus.IN_PRODUCTION;
import static agency.suits.briefs.jobrequest.JobStatus.RECEIVED;
import static agency.suits.briefs.jobrequest.JobStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobStatusTest {

    @Test
    void aReceivedJobGoesToBriefingOrIsCancelled() {
        assertEquals(List.of(BRIEFING, CANCELLED), RECEIVED.next());
        assertFalse(RECEIVED.canMoveTo(SUBMITTED));
        assertFalse(RECEIVED.canMoveTo(COMPLETED));
    }

    @Test
    void onlyABriefingJobIsSubmitted() {
        assertTrue(BRIEFING.canMoveTo(SUBMITTED));
        assertFalse(RECEIVED.canMoveTo(SUBMITTED));
        assertFalse(IN_PRODUCTION.canMoveTo(SUBMITTED));
    }

    @Test
    void aWithdrawnBriefSendsTheJobBackToBriefing() {
        assertTrue(SUBMITTED.canMoveTo(BRIEFING));
        assertTrue(IN_PRODUCTION.canMoveTo(BRIEFING));
    }

    @Test
    void completedAndCancelledAreFinal() {
        for (JobStatus target : JobStatus.values()) {
            assertFalse(COMPLETED.canMoveTo(target));
            assertFalse(CANCELLED.canMoveTo(target));
        }
        assertTrue(COMPLETED.isClosed());
        assertTrue(CANCELLED.isClosed());
        assertFalse(BRIEFING.isClosed());
    }

    @Test
    void workWithCreativeIsTakenBackOnlyThroughTheBrief() {
        assertEquals(List.of(BRIEFING, CANCELLED), RECEIVED.manualNext());
        assertEquals(List.of(CANCELLED), BRIEFING.manualNext());
        assertEquals(List.of(IN_PRODUCTION, COMPLETED), SUBMITTED.manualNext());
        assertEquals(List.of(COMPLETED), IN_PRODUCTION.manualNext());
        assertEquals(List.of(), COMPLETED.manualNext());
    }

    @Test
    void noStatusMovesToItself() {
        for (JobStatus status : JobStatus.values()) {
            assertFalse(status.canMoveTo(status));
        }
    }
}
