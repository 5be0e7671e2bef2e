package agency.suits.clients.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a registration: the only time the signing secret is shown. */
public record RegisteredWebhookSubscription(
        WebhookSubscriptionView subscription,
        @Schema(description = "Signs every delivery (header " + WebhookSignature.SIGNATURE_HEADER + "); shown "
                + "once, keep it in the receiver's secret store", examples = "whsec_3q2-7wE0kT...")
        String secret) {
}
