package agency.suits.clients.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One try: the receiver's status code (none if it could not be reached), how long it took, what went wrong. */
public record WebhookAttemptView(Instant attemptedAt, @Schema(nullable = true) Integer statusCode, long latencyMs,
                                 @Schema(nullable = true) String error) {

    static WebhookAttemptView of(WebhookAttempt attempt) {
        return new WebhookAttemptView(attempt.attemptedAt, attempt.statusCode, attempt.latencyMs, attempt.error);
    }
}
