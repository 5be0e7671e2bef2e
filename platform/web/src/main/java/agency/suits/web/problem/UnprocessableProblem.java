package agency.suits.web.problem;

import java.util.List;

/** 422: the request is well-formed but breaks a domain rule, for example submitting a brief with empty sections. */
public class UnprocessableProblem extends ProblemException {

    public UnprocessableProblem(String detail) {
        super(ProblemType.UNPROCESSABLE, detail);
    }

    public UnprocessableProblem(String detail, List<FieldError> errors) {
        super(ProblemType.UNPROCESSABLE, detail, errors, List.of());
    }
}
