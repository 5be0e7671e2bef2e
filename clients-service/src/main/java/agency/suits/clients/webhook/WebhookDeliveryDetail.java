package agency.suits.clients.webhook;

import java.util.List;

/** A delivery with every try it took, oldest first. */
public record WebhookDeliveryDetail(WebhookDeliveryView delivery, List<WebhookAttemptView> attempts) {
}
