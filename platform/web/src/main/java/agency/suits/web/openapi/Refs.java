package agency.suits.web.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Walks the schemas of a document: to find what a schema refers to, and to rename a component everywhere. */
final class Refs {

    private static final String PREFIX = "#/components/schemas/";

    private Refs() {
    }

    /** The component names the schema refers to, directly or through its parts. */
    static void collect(Schema schema, Deque<String> into) {
        each(schema, part -> {
            if (part.getRef() != null && part.getRef().startsWith(PREFIX)) {
                into.push(ApiContract.name(part.getRef()));
            }
        });
    }

    static void rename(OpenAPI openAPI, Map<String, String> renamed) {
        Consumer<Schema> fix = part -> {
            if (part.getRef() != null && part.getRef().startsWith(PREFIX)) {
                String to = renamed.get(ApiContract.name(part.getRef()));
                if (to != null) {
                    part.setRef(PREFIX + to);
                }
            }
        };
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(schema -> each(schema, fix));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().stream().map(Parameter::getSchema).forEach(schema -> each(schema, fix));
            }
            if (op.getRequestBody() != null) {
                content(op.getRequestBody().getContent(), fix);
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(response -> content(response.getContent(), fix));
            }
        }));
    }

    private static void content(Content content, Consumer<Schema> fix) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType media : content.getMediaTypes().values()) {
                each(media.getSchema(), fix);
            }
        }
    }

    private static void each(Schema schema, Consumer<Schema> visit) {
        if (schema == null) {
            return;
        }
        visit.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(part -> each(part, visit));
        }
        each(schema.getItems(), visit);
        each(schema.getAdditionalPropertiesSchema(), visit);
        for (List<Schema> parts : List.of(nullSafe(schema.getAllOf()), nullSafe(schema.getAnyOf()),
                nullSafe(schema.getOneOf()))) {
            parts.forEach(part -> each(part, visit));
        }
    }

    private static List<Schema> nullSafe(Collection<Schema> parts) {
        return parts == null ? List.of() : List.copyOf(parts);
    }
}
