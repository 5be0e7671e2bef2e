package agency.suits.billing.payment;

import agency.suits.web.problem.FieldError;
import agency.suits.web.problem.ProblemException;
import agency.suits.web.problem.ProblemType;

import java.util.List;

/**
 * 400 for a missing or unusable {@code Idempotency-Key} header, named as the client sends it: Bean Validation on the
 * header parameter would name our Java parameter instead, which means nothing to a client.
 */
public class IdempotencyKeyProblem extends ProblemException {

    static final int MAX_LENGTH = 100;

    private IdempotencyKeyProblem(String message) {
        super(ProblemType.INVALID_PARAMETER, "The " + PaymentResource.IDEMPOTENCY_KEY + " header " + message,
                List.of(new FieldError(PaymentResource.IDEMPOTENCY_KEY, message)), List.of());
    }

    /** Answers the key when it is present and fits the table; throws otherwise. */
    static String require(String key) {
        if (key == null || key.isBlank()) {
            throw new IdempotencyKeyProblem("is required: one key per payment, reused on retries");
        }
        if (key.length() > MAX_LENGTH) {
            throw new IdempotencyKeyProblem("must be at most " + MAX_LENGTH + " characters");
        }
        return key;
    }
}
