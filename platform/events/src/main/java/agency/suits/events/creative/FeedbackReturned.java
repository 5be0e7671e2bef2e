package agency.suits.events.creative;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The client's consolidated feedback on a round was recorded. Decisions are never edited: a correction is a new
 * FeedbackReturned whose {@code supersedesFeedbackId} names the one it replaces (null otherwise).
 * {@code timeToFeedback} is {@code returnedAt - presentedAt}. Subject: the job number.
 */
public record FeedbackReturned(
        UUID feedbackId,
        UUID creativeJobId,
        String jobNumber,
        UUID clientId,
        int round,
        ClientDecision decision,
        CommentCounts comments,
        Instant presentedAt,
        Instant returnedAt,
        Duration timeToFeedback,
        UUID supersedesFeedbackId,
        UUID recordedBy) implements EventPayload {

    public FeedbackReturned {
        Invariants.required("feedbackId", feedbackId, "creativeJobId", creativeJobId, "clientId", clientId,
                "decision", decision, "comments", comments, "presentedAt", presentedAt, "returnedAt", returnedAt,
                "timeToFeedback", timeToFeedback, "recordedBy", recordedBy);
        Invariants.jobNumber(jobNumber);
        Invariants.atLeast(round, 1, "round");
        if (!timeToFeedback.equals(Duration.between(presentedAt, returnedAt)) || timeToFeedback.isNegative()) {
            throw new IllegalArgumentException("timeToFeedback is the time from presentation to feedback");
        }
    }

    /** The feedback of a round, with {@code timeToFeedback} worked out from the two instants. */
    public static FeedbackReturned of(UUID feedbackId, UUID creativeJobId, String jobNumber, UUID clientId, int round,
            ClientDecision decision, CommentCounts comments, Instant presentedAt, Instant returnedAt,
            UUID supersedesFeedbackId, UUID recordedBy) {
        return new FeedbackReturned(feedbackId, creativeJobId, jobNumber, clientId, round, decision, comments,
                presentedAt, returnedAt, Duration.between(presentedAt, returnedAt), supersedesFeedbackId, recordedBy);
    }

    @Override
    public String subject() {
        return jobNumber;
    }
}
