package agency.suits.testing.events;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;
import agency.suits.events.EventPayload;
import agency.suits.events.Topics;
import agency.suits.testing.TopicProducer;

import java.util.Map;

/**
 * Puts an event on the real test broker the way its owning service's relay would: in its CloudEvents envelope, on
 * its topic, keyed by its subject. The envelope comes back so a test can deliver the very same event again.
 */
public final class Published {

    private static final Map<String, String> OWNERS = Map.of(
            Topics.CLIENTS, "/suits/clients-service",
            Topics.BRIEFS, "/suits/briefs-service",
            Topics.CREATIVE, "/suits/creative-workflow-service",
            Topics.BILLING, "/suits/billing-service");

    private Published() {
    }

    /** Publishes the event as its owner; answers the envelope's JSON. */
    public static String event(EventPayload payload) {
        return envelope(CloudEvent.of(OWNERS.get(payload.eventType().topic()), payload));
    }

    /** Publishes an envelope made by the test (a chosen id or time). */
    public static String envelope(CloudEvent event) {
        String json = EventJson.write(event);
        TopicProducer.send(event.eventType().topic(), event.subject(), json);
        return json;
    }

    /** Sends an envelope again, same event id: what a redelivery or a replayed topic looks like to a consumer. */
    public static void again(EventPayload payload, String envelopeJson) {
        TopicProducer.send(payload.eventType().topic(), payload.subject(), envelopeJson);
    }
}
