package agency.suits.creative.job;

import agency.suits.persistence.JsonColumn;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;

import java.util.List;
import java.util.UUID;

/** The work versions a decision was about, kept as one JSON list of ids. */
@Converter
public class WorkVersionIdsColumn extends JsonColumn<List<UUID>> {

    public WorkVersionIdsColumn() {
        super(new TypeReference<>() { }, List.of());
    }
}
