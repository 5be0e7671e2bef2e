package agency.suits.creative.job;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One round: whether it is out of scope, who presented which versions when, and the client's decision. What has not
 * happened yet in the round (its presentation, the client's feedback) is left out.
 */
@Schema(name = "ReviewRound")
public record RoundView(
        int number,
        boolean outOfScope,
        Instant openedAt,
        @Schema(nullable = true, description = "Who recorded the presentation") UUID presentedBy,
        @Schema(description = "Who presented to the client, the recorder first (the account director with the "
                + "creative director); empty until presented")
        List<UUID> presenters,
        @Schema(nullable = true) Instant presentedAt,
        List<UUID> presentedWork,
        @Schema(nullable = true) UUID feedbackId,
        @Schema(nullable = true) String clientDecision,
        @Schema(nullable = true) Instant feedbackAt,
        List<DecisionView> decisions) {
}
