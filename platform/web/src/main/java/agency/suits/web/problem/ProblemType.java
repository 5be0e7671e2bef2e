package agency.suits.web.problem;

/**
 * The kinds of problem our services report. A client can switch on {@link #uri()}; the title never changes for a type.
 */
public enum ProblemType {
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON"),
    INVALID_BODY(400, "invalid-body", "Invalid request body"),
    CONSTRAINT_VIOLATION(400, "constraint-violation", "Constraint violation"),
    INVALID_PARAMETER(400, "invalid-parameter", "Invalid parameter"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    UNPROCESSABLE(422, "unprocessable", "Unprocessable request"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    INTERNAL_ERROR(500, "internal-error", "Internal server error");

    /** Where the types live; documentation of each type belongs at its URI. */
    public static final String BASE_URI = "https://suits.local/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return BASE_URI + slug;
    }
}
