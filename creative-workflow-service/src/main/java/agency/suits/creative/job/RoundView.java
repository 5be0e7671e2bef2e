package agency.suits.creative.job;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One round: whether it is out of scope, who presented which versions when, and the client's decision. */
public record RoundView(
        int number,
        boolean outOfScope,
        Instant openedAt,
        UUID presentedBy,
        Instant presentedAt,
        List<UUID> presentedWork,
        UUID feedbackId,
        String clientDecision,
        Instant feedbackAt,
        List<DecisionView> decisions) {
}
