package agency.suits.web.validation;

import agency.suits.events.Invariants;
import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A job number in a request (body field, path or query parameter): client code, year and sequence, as the events
 * carry it ({@code ACME-2026-0042}). One pattern and one message for every service.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = JobNumberFormat.PATTERN)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface JobNumberFormat {

    /** The events' job-number pattern, anchored, for Bean Validation and the OpenAPI documents. */
    String PATTERN = "^" + Invariants.JOB_NUMBER_PATTERN + "$";
    String MESSAGE = "must be a job number such as ACME-2026-0042";

    @OverridesAttribute(constraint = Pattern.class, name = "message")
    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
