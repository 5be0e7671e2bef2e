package agency.suits.events;

import agency.suits.events.samples.SampleEvents;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every event, as a publisher sends it, is valid and reads back as exactly what was sent. */
class EventRoundTripTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void publishedEventIsValidAgainstEnvelopeAndDataSchemas(EventType type) {
        String json = EventJson.write(CloudEvent.of(SampleEvents.SOURCE, SampleEvents.sampleOf(type)));

        JsonNode wire = Wire.json(json);

        assertEquals(List.of(), EventSchemas.violationsOfEnvelope(wire));
        assertEquals(List.of(), EventSchemas.violationsOfData(type, wire.get("data")));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void roundTripLosesNothing(EventType type) {
        EventPayload sample = SampleEvents.sampleOf(type);
        CloudEvent sent = CloudEvent.of(SampleEvents.SOURCE, sample);

        CloudEvent received = EventJson.read(EventJson.write(sent));

        assertEquals(sent, received);
        assertEquals(sample, received.payload());
        assertEquals(sample, received.dataAs(type.payloadClass()));
        assertEquals(received, EventJson.read(EventJson.writeBytes(sent)));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void envelopeNamesTypeSchemaAndAggregate(EventType type) {
        EventPayload sample = SampleEvents.sampleOf(type);

        CloudEvent event = CloudEvent.of(SampleEvents.SOURCE, sample);

        assertEquals(type.type(), event.type());
        assertEquals(type.dataschema(), event.dataschema());
        assertEquals(sample.subject(), event.subject());
        assertEquals(type, event.eventType());
        assertEquals("1.0", event.specversion());
        assertEquals("application/json", event.datacontenttype());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void moneyTravelsAsDecimalStringsWithTheirScale(EventType type) {
        JsonNode data = Wire.publishedSample(type).get("data");

        for (var pointer : JsonEdits.money(data)) {
            JsonNode amount = data.at(pointer).get("amount");
            assertTrue(amount.isTextual(), pointer + " is " + amount);
            assertTrue(amount.asText().matches("\\d+\\.\\d{2}"), pointer + " lost its cents: " + amount);
        }
    }
}
