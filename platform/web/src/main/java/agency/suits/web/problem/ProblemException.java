package agency.suits.web.problem;

import java.util.List;

/**
 * A failure that the client can act on. Services throw one of the subclasses; {@link DomainProblemMapper} turns it into
 * problem+json with the request path as {@code instance}.
 */
public abstract class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final List<String> allowedActions;

    protected ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), List.of());
    }

    protected ProblemException(ProblemType type, String detail, List<FieldError> errors, List<String> allowedActions) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.allowedActions = List.copyOf(allowedActions);
    }

    public ProblemType type() {
        return type;
    }

    public Problem toProblem() {
        return Problem.of(type, getMessage()).withErrors(errors).withAllowedActions(allowedActions);
    }
}
