package agency.suits.web.problem;

/**
 * One offending part of a request: a body field as a JSON path ({@code contacts[0].email}) or a query parameter name.
 */
public record FieldError(String field, String message) {
}
