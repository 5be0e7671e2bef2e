package agency.suits.creative.job;

import agency.suits.events.briefs.BriefSnapshot;
import agency.suits.persistence.JsonColumn;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;

/** The brief copy, stored as the JSON the event carried it in and read back whole. */
@Converter
public class BriefSnapshotColumn extends JsonColumn<BriefSnapshot> {

    public BriefSnapshotColumn() {
        super(new TypeReference<>() { });
    }
}
