package agency.suits.creative.job;

import agency.suits.persistence.JsonColumn;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;

import java.util.List;
import java.util.UUID;

/** A list of ids kept as one JSON list: the work versions a decision was about, the people who presented. */
@Converter
public class IdListColumn extends JsonColumn<List<UUID>> {

    public IdListColumn() {
        super(new TypeReference<>() { }, List.of());
    }
}
