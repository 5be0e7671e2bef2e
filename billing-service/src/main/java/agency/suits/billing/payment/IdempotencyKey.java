package agency.suits.billing.payment;

/**
 * The {@code Idempotency-Key} of a payment request: one key per payment, reused on retries, at most what the
 * table's column holds. Read from the header like {@code IfMatch}: 400 naming the header when it is unusable.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 100;

    /** The header as sent; 400 when it is missing, blank or longer than {@value #MAX_LENGTH} characters. */
    public static IdempotencyKey required(String header) {
        if (header == null || header.isBlank()) {
            throw new IdempotencyKeyProblem("is required: one key per payment, reused on retries");
        }
        if (header.length() > MAX_LENGTH) {
            throw new IdempotencyKeyProblem("must be at most " + MAX_LENGTH + " characters");
        }
        return new IdempotencyKey(header);
    }

    @Override
    public String toString() {
        return value;
    }
}
