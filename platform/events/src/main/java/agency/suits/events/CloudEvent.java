package agency.suits.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The CloudEvents 1.0 envelope (JSON format) every event travels in. {@code data} is kept as a JSON tree so that
 * an event of a type this consumer does not know can still be read, logged and skipped.
 */
public record CloudEvent(
        UUID id,
        String source,
        String type,
        String subject,
        Instant time,
        String specversion,
        String datacontenttype,
        URI dataschema,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";
    public static final String SCHEMA_RESOURCE = EventType.SCHEMA_FOLDER + "CloudEvent.json";
    /** Kafka {@code content-type} header of structured mode: the whole envelope is the message value. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    /** Kafka header that repeats the event's type beside the structured value (docs/events.md). */
    public static final String TYPE_HEADER = "ce_type";

    public CloudEvent {
        Invariants.present(id, "id");
        Invariants.text(source, "source");
        URI.create(source);
        Invariants.text(type, "type");
        Invariants.text(subject, "subject");
        Invariants.present(time, "time");
        if (!SPEC_VERSION.equals(specversion)) {
            throw new IllegalArgumentException("specversion must be " + SPEC_VERSION + ", was " + specversion);
        }
        if (!CONTENT_TYPE.equals(datacontenttype)) {
            throw new IllegalArgumentException("datacontenttype must be " + CONTENT_TYPE + ", was " + datacontenttype);
        }
        Invariants.present(dataschema, "dataschema");
        if (data == null || !data.isObject()) {
            throw new IllegalArgumentException("data must be a JSON object");
        }
        data = data.deepCopy();
    }

    /**
     * @param source URI reference of the publishing service, for example {@code /suits/briefs-service}
     */
    public static CloudEvent of(String source, EventPayload payload) {
        // Microseconds: what a PostgreSQL timestamptz (the outbox) keeps, so a stored event reads back equal.
        return of(source, payload, UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    public static CloudEvent of(String source, EventPayload payload, UUID id, Instant time) {
        EventType eventType = payload.eventType();
        return new CloudEvent(id, source, eventType.type(), payload.subject(), time, SPEC_VERSION, CONTENT_TYPE,
                eventType.dataschema(), EventJson.toData(payload));
    }

    /** A copy: an event is a fact, nobody edits it after the fact. */
    @Override
    public JsonNode data() {
        return data.deepCopy();
    }

    /** @throws EventFormatException if the type is not in this version of the catalog */
    public EventType eventType() {
        return EventType.forType(type)
                .orElseThrow(() -> new EventFormatException("unknown event type " + type + " (event " + id + ")"));
    }

    /** The data as the payload record its type is registered with. */
    public EventPayload payload() {
        return EventJson.fromData(data, eventType().payloadClass());
    }

    /** @throws EventFormatException if this event is of another type */
    public <T extends EventPayload> T dataAs(Class<T> payloadClass) {
        String expected = EventType.forPayload(payloadClass).type();
        if (!expected.equals(type)) {
            throw new EventFormatException(
                    "event " + id + " is a " + type + ", not a " + expected);
        }
        return EventJson.fromData(data, payloadClass);
    }
}
