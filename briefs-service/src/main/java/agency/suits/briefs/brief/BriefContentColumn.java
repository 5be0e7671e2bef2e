package agency.suits.briefs.brief;

import agency.suits.persistence.JsonColumn;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;

/** The sections of a brief revision, kept as one JSON document; a brief without content is an empty one. */
@Converter
public class BriefContentColumn extends JsonColumn<BriefContent> {

    public BriefContentColumn() {
        super(new TypeReference<>() {
        }, BriefContent.empty());
    }
}
