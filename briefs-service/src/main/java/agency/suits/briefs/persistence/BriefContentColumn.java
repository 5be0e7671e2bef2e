package agency.suits.briefs.persistence;

import agency.suits.briefs.brief.BriefContent;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The sections of a brief revision, kept as one JSON document. */
@Converter
public class BriefContentColumn implements AttributeConverter<BriefContent, String> {

    private static final TypeReference<BriefContent> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(BriefContent content) {
        return JsonColumns.write(content == null ? BriefContent.empty() : content);
    }

    @Override
    public BriefContent convertToEntityAttribute(String json) {
        return json == null ? BriefContent.empty() : JsonColumns.read(json, TYPE);
    }
}
