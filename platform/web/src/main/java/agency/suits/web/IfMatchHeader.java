package agency.suits.web;

import agency.suits.web.problem.InvalidParameterProblem;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code If-Match} header of a change, as every resource takes it ({@code @BeanParam IfMatchHeader ifMatch}),
 * bounded as the document says: an ETag here is a version number, so a few of them fit many times over. Longer is a
 * 400 naming the header as the client sends it (Bean Validation would name our Java parameter); missing is IfMatch's
 * 428.
 */
public record IfMatchHeader(
        @HeaderParam(HttpHeaders.IF_MATCH)
        @Parameter(description = "The ETag of the version the change is based on",
                schema = @Schema(type = SchemaType.STRING, maxLength = IfMatch.MAX_LENGTH))
        String value) {

    /** The precondition to verify against the current version; 428 when missing, 400 when too long. */
    public IfMatch required() {
        if (value != null && value.length() > IfMatch.MAX_LENGTH) {
            throw new InvalidParameterProblem(HttpHeaders.IF_MATCH,
                    "must be at most " + IfMatch.MAX_LENGTH + " characters");
        }
        return IfMatch.required(value);
    }
}
