package agency.suits.domain;

import java.util.List;

/**
 * The thing is in a state that does not allow the request (answered 409): a paid invoice voided, a submitted brief
 * edited. {@code allowedActions} tells the caller what the state does allow.
 */
public class WrongState extends DomainException {

    public WrongState(String detail, List<String> allowedActions) {
        super(detail, List.of(), allowedActions);
    }

    public WrongState(String detail, String... allowedActions) {
        this(detail, List.of(allowedActions));
    }

    /** A conflict that names what is in the way, field by field (every unmet condition of a submission). */
    protected WrongState(String detail, List<Violation> unmet, List<String> allowedActions) {
        super(detail, unmet, allowedActions);
    }
}
