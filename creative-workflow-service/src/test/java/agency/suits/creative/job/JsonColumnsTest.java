package agency.suits.creative.job;

import agency.suits.events.EventJson;
import agency.suits.events.briefs.BriefSnapshot;
import agency.suits.testing.events.JobEvents;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The columns were written with the events' mapper before they moved to platform/persistence's: the rows already
 * stored must read back as they were, and the JSON written now must be the same text, so that an instance of the
 * older version reads what a newer one wrote.
 */
class JsonColumnsTest {

    private static final ObjectMapper AS_STORED_BEFORE = EventJson.mapper();

    @Test
    void aBriefCopyReadsBackAndIsWrittenAsBefore() throws JsonProcessingException {
        BriefSnapshot brief = JobEvents.brief(JobEvents.newJobNumber(), UUID.randomUUID()).submitted().brief();
        String stored = AS_STORED_BEFORE.writeValueAsString(brief);

        BriefSnapshotColumn column = new BriefSnapshotColumn();
        assertEquals(brief, column.convertToEntityAttribute(stored));
        assertEquals(stored, column.convertToDatabaseColumn(brief));
    }

    @Test
    void commentsReadBackAndAreWrittenAsBefore() throws JsonProcessingException {
        List<Comment> comments = List.of(
                new Comment("Logo top right", BriefSection.MANDATORY, UUID.randomUUID(), UUID.randomUUID()),
                new Comment("Nice", null, null, null));
        String stored = AS_STORED_BEFORE.writeValueAsString(comments);

        CommentsColumn column = new CommentsColumn();
        assertEquals(comments, column.convertToEntityAttribute(stored));
        assertEquals(stored, column.convertToDatabaseColumn(comments));
        assertEquals(List.of(), column.convertToEntityAttribute("[]"));
    }

    @Test
    void workVersionIdsReadBackAndAreWrittenAsBefore() throws JsonProcessingException {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());
        String stored = AS_STORED_BEFORE.writeValueAsString(ids);

        IdListColumn column = new IdListColumn();
        assertEquals(ids, column.convertToEntityAttribute(stored));
        assertEquals(stored, column.convertToDatabaseColumn(ids));
    }
}
