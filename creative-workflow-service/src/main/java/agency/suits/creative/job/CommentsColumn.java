package agency.suits.creative.job;

import agency.suits.persistence.JsonColumn;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;

import java.util.List;

/** A decision's comments, kept as one JSON list: the trail reads them whole and never queries their parts. */
@Converter
public class CommentsColumn extends JsonColumn<List<Comment>> {

    public CommentsColumn() {
        super(new TypeReference<>() { }, List.of());
    }
}
