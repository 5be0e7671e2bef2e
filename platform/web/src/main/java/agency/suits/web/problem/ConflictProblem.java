package agency.suits.web.problem;

import java.util.List;

/** 409: the resource is in a state that does not allow the request; {@code allowedActions} says what would. */
public class ConflictProblem extends ProblemException {

    public ConflictProblem(String detail, List<String> allowedActions) {
        super(ProblemType.CONFLICT, detail, List.of(), allowedActions);
    }

    public ConflictProblem(String detail, String... allowedActions) {
        this(detail, List.of(allowedActions));
    }
}
