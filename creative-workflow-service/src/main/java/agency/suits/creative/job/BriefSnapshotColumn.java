package agency.suits.creative.job;

import agency.suits.events.EventJson;
import agency.suits.events.briefs.BriefSnapshot;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the brief copy as the JSON the event carried it in, read back through the same strict rules. */
@Converter
public class BriefSnapshotColumn implements AttributeConverter<BriefSnapshot, String> {

    private static final ObjectMapper JSON = EventJson.mapper();

    @Override
    public String convertToDatabaseColumn(BriefSnapshot brief) {
        try {
            return JSON.writeValueAsString(brief);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store a brief snapshot", e);
        }
    }

    @Override
    public BriefSnapshot convertToEntityAttribute(String json) {
        try {
            return JSON.readValue(json, BriefSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored brief snapshot is unreadable", e);
        }
    }
}
