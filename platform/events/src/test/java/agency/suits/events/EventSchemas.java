package agency.suits.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The schemas of this module, checked by a real JSON Schema (2020-12) validator. */
final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // 2020-12 treats "format" as a mere annotation unless asked; our formats are part of the contract.
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    static List<String> violationsOfData(EventType type, JsonNode data) {
        return violations(type.schemaResource(), data);
    }

    static List<String> violationsOfEnvelope(JsonNode envelope) {
        return violations(CloudEvent.SCHEMA_RESOURCE, envelope);
    }

    /** The envelope against its schema, then the data against the schema of the envelope's type. */
    static List<String> violationsOfEvent(JsonNode envelope) {
        List<String> violations = new ArrayList<>(violationsOfEnvelope(envelope));
        EventType.forType(envelope.path("type").asText()).ifPresentOrElse(
                type -> violations.addAll(violationsOfData(type, envelope.path("data"))),
                () -> violations.add("unknown type " + envelope.path("type")));
        return violations;
    }

    static JsonNode schemaJson(String resource) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema at " + resource);
            }
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> violations(String resource, JsonNode json) {
        JsonSchema schema = LOADED.computeIfAbsent(resource,
                location -> FACTORY.getSchema(SchemaLocation.of("classpath:" + location), CONFIG));
        return schema.validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
