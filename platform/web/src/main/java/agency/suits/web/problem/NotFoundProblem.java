package agency.suits.web.problem;

/** 404: the resource does not exist, or the caller may not know that it does (object-level authorization). */
public class NotFoundProblem extends ProblemException {

    public NotFoundProblem(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }

    public static NotFoundProblem of(String what, Object id) {
        return new NotFoundProblem(what + " " + id + " does not exist");
    }
}
