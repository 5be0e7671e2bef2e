package agency.suits.briefs.brief;

import agency.suits.web.problem.FieldError;
import agency.suits.web.problem.ProblemException;
import agency.suits.web.problem.ProblemType;

import java.util.List;

/** 409 naming every condition of submission the brief does not meet, so the team can fix them all at once. */
public class SubmissionRefused extends ProblemException {

    public SubmissionRefused(List<FieldError> unmet) {
        super(ProblemType.CONFLICT, "The brief cannot be submitted yet: " + String.join("; ",
                unmet.stream().map(FieldError::message).toList()), unmet, List.of());
    }
}
