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

    IdempotencyKeyProblem(String message) {
        super(ProblemType.INVALID_PARAMETER, "The " + IdempotencyKey.HEADER + " header " + message,
                List.of(new FieldError(IdempotencyKey.HEADER, message)), List.of());
    }
}
