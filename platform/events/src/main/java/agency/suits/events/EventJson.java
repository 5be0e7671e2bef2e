package agency.suits.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;

/**
 * The JSON settings of events, in one place, and the helpers to write and read envelopes with them. Reading is as
 * strict as the schemas: unknown or missing properties, numbers for enums or strings, and trailing or duplicate
 * content are refused, so a consumer never acts on half an event.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(IsoTimeOnly.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Optional fields are written as explicit nulls; a field that is missing means a different shape.
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private EventJson() {
    }

    /** A copy of the configured mapper, for code (a Kafka serde, a test) that needs an ObjectMapper itself. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    public static String write(CloudEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new EventFormatException("cannot write event " + event.id(), e);
        }
    }

    public static byte[] writeBytes(CloudEvent event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new EventFormatException("cannot write event " + event.id(), e);
        }
    }

    public static CloudEvent read(String json) {
        try {
            return MAPPER.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new EventFormatException("not a Suits CloudEvent: " + e.getOriginalMessage(), e);
        }
    }

    public static CloudEvent read(byte[] json) {
        try {
            return MAPPER.readValue(json, CloudEvent.class);
        } catch (IOException e) {
            throw new EventFormatException("not a Suits CloudEvent: " + e.getMessage(), e);
        }
    }

    public static JsonNode toData(EventPayload payload) {
        try {
            return MAPPER.valueToTree(payload);
        } catch (IllegalArgumentException e) {
            throw new EventFormatException("cannot write " + payload.getClass().getSimpleName(), e);
        }
    }

    public static <T extends EventPayload> T fromData(JsonNode data, Class<T> payloadClass) {
        try {
            return MAPPER.treeToValue(data, payloadClass);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new EventFormatException("data is not a valid " + payloadClass.getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }
}
