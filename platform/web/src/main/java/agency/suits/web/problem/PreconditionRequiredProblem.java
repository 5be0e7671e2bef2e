package agency.suits.web.problem;

/** 428: an update came without {@code If-Match}, so it could silently overwrite someone else's change. */
public class PreconditionRequiredProblem extends ProblemException {

    public PreconditionRequiredProblem(String detail) {
        super(ProblemType.PRECONDITION_REQUIRED, detail);
    }
}
