package agency.suits.briefs.brief;

import agency.suits.domain.Violation;
import agency.suits.domain.WrongState;

import java.util.List;

/** 409 naming every condition of submission the brief does not meet, so the team can fix them all at once. */
public class SubmissionRefused extends WrongState {

    public SubmissionRefused(List<Violation> unmet) {
        super("The brief cannot be submitted yet: "
                + String.join("; ", unmet.stream().map(Violation::message).toList()), unmet, List.of());
    }
}
