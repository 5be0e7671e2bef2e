package agency.suits.domain;

/** One part of a request that broke a rule: a body field as a JSON path ({@code lines[0].amount}) and why. */
public record Violation(String field, String message) {
}
