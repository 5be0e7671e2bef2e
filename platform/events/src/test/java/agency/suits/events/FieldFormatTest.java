package agency.suits.events;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Single wrong values, each refused by the schema and by the Java reader alike. */
class FieldFormatTest {

    @ParameterizedTest(name = "{0} {1}/{2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            CLIENT_REGISTERED        |                      | clientId          | "not-a-uuid"
            CLIENT_REGISTERED        |                      | clientCode        | "acme"
            CLIENT_REGISTERED        |                      | status            | "DORMANT"
            CLIENT_REGISTERED        |                      | status            | 1
            CLIENT_REGISTERED        |                      | name              | "   "
            CLIENT_REGISTERED        |                      | registeredAt      | "yesterday"
            CLIENT_REGISTERED        |                      | registeredAt      | 1767225600
            CLIENT_UPDATED           |                      | changed           | []
            CLIENT_UPDATED           |                      | changed           | ["NAME","NAME"]
            ACCOUNT_TEAM_CHANGED     | /team/0              | primary           | "true"
            ACCOUNT_TEAM_CHANGED     | /team/1              | role              | "CREATIVE"
            CONTRACT_SIGNED          |                      | endsOn            | "2026-02-30"
            CONTRACT_SIGNED          |                      | endsOn            | [2026,12,31]
            CONTRACT_SIGNED          |                      | includedRevisionRounds | "2"
            CONTRACT_SIGNED          |                      | includedRevisionRounds | 2.5
            CONTRACT_SIGNED          |                      | noticePeriodDays  | -1
            CLIENT_AT_RISK           |                      | score             | 101
            CLIENT_AT_RISK           |                      | reasons           | []
            JOB_REQUEST_RECEIVED     |                      | jobNumber         | "ACME-42"
            JOB_REQUEST_RECEIVED     |                      | channel           | "FAX"
            BRIEF_SUBMITTED          | /brief               | deliverables      | []
            BRIEF_SUBMITTED          | /brief               | reasonsToBelieve  | ["one","two","three","four"]
            BRIEF_SUBMITTED          |                      | briefVersion      | 0
            FEEDBACK_RETURNED        |                      | decision          | "MAYBE"
            FEEDBACK_RETURNED        |                      | timeToFeedback    | 131415
            FEEDBACK_RETURNED        |                      | timeToFeedback    | "1 day"
            FEEDBACK_RETURNED        | /comments            | total             | -1
            WORK_PRESENTED           |                      | round             | 0
            WORK_PRESENTED           |                      | work              | []
            BUDGET_THRESHOLD_REACHED |                      | thresholdPercent  | 90
            INVOICE_OVERDUE          |                      | stageDays         | 0
            PAYABLE_APPROVED         |                      | approvalLevel     | "FINANCE"
            """)
    void refusesAWrongValue(EventType type, String object, String field, String json) {
        JsonNode event = Wire.publishedSample(type);
        JsonPointer at = Wire.DATA.append(JsonPointer.compile(object == null ? "" : object));
        assertFalse(event.at(at).path(field).isMissingNode(), "sample has no " + object + "/" + field);

        JsonNode broken = JsonEdits.editedCopy(event, at, node -> node.set(field, Wire.json(json)));

        assertEquals(List.of(), Wire.acceptedBy(broken));
    }

    @ParameterizedTest(name = "envelope {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            id              | "42"
            source          | ""
            type            | "BriefSubmitted"
            subject         | ""
            specversion     | "0.3"
            datacontenttype | "text/plain"
            dataschema      | "not a uri"
            data            | "{}"
            time            | null
            """)
    void refusesAWrongEnvelope(String field, String json) {
        JsonNode event = Wire.publishedSample(EventType.BRIEF_SUBMITTED);

        JsonNode broken = JsonEdits.editedCopy(event, JsonPointer.empty(), node -> node.set(field, Wire.json(json)));

        assertEquals(List.of(), Wire.acceptedBy(broken));
    }

    @ParameterizedTest(name = "envelope without {0}")
    @CsvSource({"id", "source", "type", "subject", "time", "specversion", "datacontenttype", "dataschema", "data"})
    void refusesAnEnvelopeMissingAField(String field) {
        JsonNode event = Wire.publishedSample(EventType.CLIENT_REGISTERED);

        assertEquals(List.of(), Wire.acceptedBy(
                JsonEdits.editedCopy(event, JsonPointer.empty(), node -> node.remove(field))));
    }

    @ParameterizedTest(name = "time {0}")
    @CsvSource({"2026-02-24T18:45:03+01:00", "2026-02-24 17:45:03Z", "2026-02-24T17:45:03"})
    void timesAreUtcInstantsOnTheWire(String time) {
        JsonNode event = Wire.publishedSample(EventType.CLIENT_REGISTERED);

        JsonNode shifted = JsonEdits.editedCopy(event, JsonPointer.empty(), node -> node.put("time", time));

        assertFalse(EventSchemas.violationsOfEnvelope(shifted).isEmpty(), time + " was accepted");
    }
}
