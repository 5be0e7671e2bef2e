package agency.suits.web.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;

/** The RFC 9457 problem document every error of every service is, as {@code agency.suits.web.problem.Problem}. */
final class ProblemSchema {

    private ProblemSchema() {
    }

    static Schema create() {
        Schema fieldError = object("One offending part of the request")
                .addProperty("field", text("The body field as a JSON path, or the parameter's name", 500))
                .addProperty("message", text("What is wrong with it", 1000))
                .required(List.of("field", "message"));
        return object("An RFC 9457 problem: what went wrong, for a person (detail) and a program (type, status)")
                .addProperty("type", text("A URI naming the kind of problem; switch on it", 200).format("uri"))
                .addProperty("title", text("The kind of problem, the same for every problem of its type", 200))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32").minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", text("What went wrong, in words a person acts on", 4000))
                .addProperty("instance", text("The path of the request", 2000))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).maxItems(1000)
                        .description("The offending fields or parameters").items(fieldError))
                .addProperty("allowedActions", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .maxItems(100).description("After a conflict, what the thing's state still allows")
                        .items(text(null, 100)))
                .addProperty("correlationId", text("Finds an unexpected failure in the logs", 100))
                .addProperty("requestId", text("The request's X-Request-Id, in every log line it wrote", 128))
                .required(List.of("type", "title", "status"));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description);
    }

    private static Schema text(String description, int maxLength) {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
        return description == null ? text : text.description(description);
    }
}
