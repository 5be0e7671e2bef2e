package agency.suits.creative.trail;

import agency.suits.creative.round.Comment;
import agency.suits.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;
import java.util.UUID;

/** Lists the trail reads whole, kept as JSON text: they are never queried by their parts. */
final class JsonColumn {

    private static final ObjectMapper JSON = EventJson.mapper();

    private JsonColumn() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store " + value, e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored trail entry is unreadable", e);
        }
    }

    @Converter
    public static class Comments implements AttributeConverter<List<Comment>, String> {
        @Override
        public String convertToDatabaseColumn(List<Comment> comments) {
            return write(comments);
        }

        @Override
        public List<Comment> convertToEntityAttribute(String json) {
            return List.copyOf(read(json, new TypeReference<List<Comment>>() { }));
        }
    }

    @Converter
    public static class Ids implements AttributeConverter<List<UUID>, String> {
        @Override
        public String convertToDatabaseColumn(List<UUID> ids) {
            return write(ids);
        }

        @Override
        public List<UUID> convertToEntityAttribute(String json) {
            return List.copyOf(read(json, new TypeReference<List<UUID>>() { }));
        }
    }
}
