package agency.suits.web.problem;

/** 403 with the reason, for rules beyond roles: segregation of duties, approval thresholds, account-team membership. */
public class ForbiddenProblem extends ProblemException {

    public ForbiddenProblem(String reason) {
        super(ProblemType.FORBIDDEN, reason);
    }
}
