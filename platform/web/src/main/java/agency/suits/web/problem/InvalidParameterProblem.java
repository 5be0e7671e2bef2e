package agency.suits.web.problem;

import java.util.List;

/** 400 for a query, path or header parameter the service cannot use, named in {@code errors}. */
public class InvalidParameterProblem extends ProblemException {

    public InvalidParameterProblem(String parameter, String message) {
        super(ProblemType.INVALID_PARAMETER, "Parameter '" + parameter + "' " + message,
                List.of(new FieldError(parameter, message)), List.of());
    }
}
