package agency.suits.events;

import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.clients.ClientRegistered;
import agency.suits.events.samples.BriefSamples;
import agency.suits.events.samples.SampleEvents;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CloudEventTest {

    private final BriefSubmitted submitted = BriefSamples.springLaunchSubmitted();

    @Test
    void eachPublishedEventGetsItsOwnIdAndTheTimeItWasMade() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);

        CloudEvent first = CloudEvent.of("/suits/briefs-service", submitted);
        CloudEvent second = CloudEvent.of("/suits/briefs-service", submitted);

        assertNotEquals(first.id(), second.id());
        assertTrue(!first.time().isBefore(before) && !first.time().isAfter(Instant.now()));
        assertEquals(0, first.time().getNano() % 1_000, "kept to microseconds like the outbox table");
    }

    @Test
    void aRelayCanRebuildTheSameEventFromItsOutboxRow() {
        UUID id = UUID.randomUUID();
        Instant time = Instant.parse("2026-02-24T17:45:03.123456Z");

        assertEquals(CloudEvent.of("/suits/briefs-service", submitted, id, time),
                CloudEvent.of("/suits/briefs-service", submitted, id, time));
    }

    @Test
    void theJobNumberIsTheKeyOfJobEvents() {
        assertEquals("ACME-2026-0042", CloudEvent.of("/suits/briefs-service", submitted).subject());
    }

    @Test
    void refusesToReadDataAsAnotherEventType() {
        CloudEvent event = CloudEvent.of("/suits/briefs-service", submitted);

        EventFormatException refused = assertThrows(EventFormatException.class,
                () -> event.dataAs(ClientRegistered.class));
        assertTrue(refused.getMessage().contains("agency.suits.BriefSubmitted.v1"), refused.getMessage());
    }

    @Test
    void readsAnEventOfAnUnknownTypeSoTheConsumerCanSkipIt() {
        ObjectNode future = (ObjectNode) Wire.publishedSample(submitted);
        future.put("type", "agency.suits.BriefSubmitted.v2");
        future.put("dataschema", "urn:suits:schema:events:BriefSubmitted:v2");

        CloudEvent event = EventJson.read(future.toString());

        assertTrue(EventType.forType(event.type()).isEmpty());
        assertThrows(EventFormatException.class, event::payload);
    }

    @Test
    void nobodyCanEditAnEventAfterTheFact() {
        CloudEvent event = CloudEvent.of(SampleEvents.SOURCE, submitted);

        ((ObjectNode) event.data()).put("jobNumber", "ACME-2026-9999");

        assertEquals(submitted, event.payload());
    }

    @Test
    void refusesMalformedJson() {
        assertThrows(EventFormatException.class, () -> EventJson.read("{\"id\":"));
        assertThrows(EventFormatException.class, () -> EventJson.read("[]"));
        String valid = EventJson.write(CloudEvent.of(SampleEvents.SOURCE, submitted));
        assertThrows(EventFormatException.class, () -> EventJson.read(valid + "{}"));
        assertThrows(EventFormatException.class,
                () -> EventJson.read(valid.replaceFirst("\\{", "{\"subject\":\"x\",")));
    }

    @Test
    void aPayloadDoesNotWriteItsSubjectOrTypeIntoData() {
        var data = CloudEvent.of(SampleEvents.SOURCE, submitted).data();

        assertTrue(data.path("subject").isMissingNode());
        assertTrue(data.path("eventType").isMissingNode());
    }

    @Test
    void refusesASubjectSmuggledIntoData() {
        ObjectNode event = (ObjectNode) Wire.publishedSample(submitted);
        ((ObjectNode) event.get("data")).put("subject", "ACME-2026-0042");

        assertThrows(EventFormatException.class, () -> EventJson.read(event.toString()).payload());
    }
}
