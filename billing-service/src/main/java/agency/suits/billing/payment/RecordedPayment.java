package agency.suits.billing.payment;

import java.util.UUID;

/**
 * A payment as the API answers it: its id and the JSON of the first response ({@link PaymentView}), which every
 * retry with the same key gets again, byte for byte.
 */
public record RecordedPayment(UUID paymentId, String json) {
}
