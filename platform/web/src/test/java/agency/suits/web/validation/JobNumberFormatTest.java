package agency.suits.web.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobNumberFormatTest {

    record TimeEntry(@JobNumberFormat String jobNumber) {
    }

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void takesTheJobNumbersTheEventsCarry() {
        for (String number : List.of("ACME-2026-0042", "B2-2027-000123")) {
            assertTrue(VALIDATOR.validate(new TimeEntry(number)).isEmpty(), number);
        }
    }

    @Test
    void refusesAnythingElseWithOneMessage() {
        for (String number : List.of("acme-2026-0042", "ACME-26-0042", "ACME-2026-42", "ACME-2026-0042 ",
                "A-2026-0042")) {
            Set<ConstraintViolation<TimeEntry>> violations = VALIDATOR.validate(new TimeEntry(number));
            assertEquals(List.of("must be a job number such as ACME-2026-0042"),
                    violations.stream().map(ConstraintViolation::getMessage).toList(), number);
        }
    }
}
