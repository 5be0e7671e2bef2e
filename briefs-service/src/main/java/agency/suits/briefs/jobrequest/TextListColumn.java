package agency.suits.briefs.jobrequest;

import agency.suits.persistence.JsonColumn;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;

import java.util.List;

/** A list of texts kept as a JSON array: a job's requested deliverables, the sections a brief revision changed. */
@Converter
public class TextListColumn extends JsonColumn<List<String>> {

    public TextListColumn() {
        super(new TypeReference<>() {
        }, List.of());
    }
}
