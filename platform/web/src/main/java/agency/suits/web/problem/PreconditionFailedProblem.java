package agency.suits.web.problem;

/** 412: the client's {@code If-Match} does not match the current version; it must re-read before changing. */
public class PreconditionFailedProblem extends ProblemException {

    public PreconditionFailedProblem(String detail) {
        super(ProblemType.PRECONDITION_FAILED, detail);
    }
}
