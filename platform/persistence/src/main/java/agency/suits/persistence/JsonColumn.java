package agency.suits.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;

/**
 * A value kept as JSON text in one column: something read and written whole, never queried by its parts (a brief's
 * sections, a decision's comments). Every service writes such columns with this one mapper of its own, so the stored
 * shape does not change when someone tunes the REST layer's mapper. It reads unknown properties without failing: in
 * a rolling upgrade an instance of the older version may read a row that a newer one wrote.
 *
 * <pre>{@code
 * @Converter
 * public class CommentsColumn extends JsonColumn<List<Comment>> {
 *     public CommentsColumn() { super(new TypeReference<>() { }, List.of()); }
 * }
 * }</pre>
 */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final TypeReference<T> type;
    private final T whenEmpty;

    /** @param whenEmpty what a SQL null reads as, and what is written for a null value (null keeps SQL nulls) */
    protected JsonColumn(TypeReference<T> type, T whenEmpty) {
        this.type = type;
        this.whenEmpty = whenEmpty;
    }

    protected JsonColumn(TypeReference<T> type) {
        this(type, null);
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        T stored = value == null ? whenEmpty : value;
        if (stored == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store " + stored.getClass().getSimpleName() + " as JSON", e);
        }
    }

    @Override
    public T convertToEntityAttribute(String json) {
        if (json == null) {
            return whenEmpty;
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON does not read back as " + type.getType(), e);
        }
    }
}
