package agency.suits.domain;

import java.util.List;

/** The request is well formed but breaks a domain rule (answered 422): a payable of zero, a brief with gaps. */
public class RuleBroken extends DomainException {

    public RuleBroken(String detail) {
        this(detail, List.of());
    }

    public RuleBroken(String detail, List<Violation> violations) {
        super(detail, violations, List.of());
    }
}
