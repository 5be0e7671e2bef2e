package agency.suits.events;

import agency.suits.events.samples.SampleEvents;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Events as JSON on the wire, and who lets a broken one through. */
final class Wire {

    static final JsonPointer DATA = JsonPointer.compile("/data");

    private Wire() {
    }

    static JsonNode publishedSample(EventType type) {
        return json(EventJson.write(CloudEvent.of(SampleEvents.SOURCE, SampleEvents.sampleOf(type))));
    }

    static JsonNode publishedSample(EventPayload payload) {
        return json(EventJson.write(CloudEvent.of(SampleEvents.SOURCE, payload)));
    }

    static JsonNode json(String text) {
        try {
            return EventJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Which of the two guards accepts the event: the schemas (what any consumer can check) and {@link EventJson}
     * reading it into the payload record (what a Java consumer does). Empty when both refuse it.
     */
    static List<String> acceptedBy(JsonNode envelope) {
        List<String> acceptedBy = new ArrayList<>();
        if (EventSchemas.violationsOfEvent(envelope).isEmpty()) {
            acceptedBy.add("schema");
        }
        try {
            EventJson.read(envelope.toString()).payload();
            acceptedBy.add("EventJson");
        } catch (EventFormatException refused) {
            // what we want
        }
        return acceptedBy;
    }
}
