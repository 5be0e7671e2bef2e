package agency.suits.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class JsonColumnTest {

    record Note(String text, Instant at, BigDecimal hours) {
    }

    static class NotesColumn extends JsonColumn<List<Note>> {
        NotesColumn() {
            super(new TypeReference<>() { }, List.of());
        }
    }

    static class OptionalNoteColumn extends JsonColumn<Note> {
        OptionalNoteColumn() {
            super(new TypeReference<>() { });
        }
    }

    @Test
    void storesReadableJsonAndReadsItBack() {
        List<Note> notes = List.of(new Note("kick-off", Instant.parse("2026-11-01T09:00:00Z"), new BigDecimal("1.50")));
        NotesColumn column = new NotesColumn();

        String json = column.convertToDatabaseColumn(notes);

        assertEquals("[{\"text\":\"kick-off\",\"at\":\"2026-11-01T09:00:00Z\",\"hours\":1.50}]", json);
        assertEquals(notes, column.convertToEntityAttribute(json));
    }

    @Test
    void anEmptyValueHasItsDefaultBothWays() {
        NotesColumn column = new NotesColumn();

        assertEquals("[]", column.convertToDatabaseColumn(null));
        assertEquals(List.of(), column.convertToEntityAttribute(null));
        assertNull(new OptionalNoteColumn().convertToDatabaseColumn(null));
    }

    @Test
    void aRowWrittenByANewerVersionStillReads() {
        Note note = new OptionalNoteColumn().convertToEntityAttribute(
                "{\"text\":\"kick-off\",\"at\":null,\"hours\":null,\"mood\":\"good\"}");

        assertEquals("kick-off", note.text());
    }
}
