package agency.suits.domain;

import java.util.List;

/**
 * A domain rule said no. Rules and application services throw one of the three kinds; platform/web answers it as
 * problem+json (403, 409 or 422), so no rule needs to know about HTTP.
 */
public abstract class DomainException extends RuntimeException {

    private final List<Violation> violations;
    private final List<String> allowedActions;

    protected DomainException(String detail, List<Violation> violations, List<String> allowedActions) {
        // no stack trace: a refusal is an answer, not a fault
        super(detail, null, false, false);
        this.violations = List.copyOf(violations);
        this.allowedActions = List.copyOf(allowedActions);
    }

    /** The parts of the request that broke the rule, each named by its field. */
    public List<Violation> violations() {
        return violations;
    }

    /** What the caller can still do with the thing (after a {@link WrongState}). */
    public List<String> allowedActions() {
        return allowedActions;
    }
}
