package agency.suits.briefs.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.ArrayList;
import java.util.List;

/** A list of texts kept as a JSON array. */
@Converter
public class TextListColumn implements AttributeConverter<List<String>, String> {

    private static final TypeReference<List<String>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return JsonColumns.write(values == null ? List.of() : values);
    }

    @Override
    public List<String> convertToEntityAttribute(String json) {
        return json == null ? new ArrayList<>() : new ArrayList<>(JsonColumns.read(json, TYPE));
    }
}
