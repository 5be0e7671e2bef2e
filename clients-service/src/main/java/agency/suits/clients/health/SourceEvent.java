package agency.suits.clients.health;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;

import java.util.UUID;

/** The CloudEvent a signal came from, so that a signal names its source and no event counts twice. */
public record SourceEvent(UUID id, String type) {

    public static SourceEvent of(CloudEvent event) {
        return new SourceEvent(event.id(), event.type());
    }

    /** The envelope's id and type, or null when it cannot be read (the inbox then dead-letters the record). */
    public static SourceEvent of(String envelope) {
        try {
            CloudEvent event = EventJson.read(envelope == null ? "" : envelope);
            return new SourceEvent(event.id(), event.type());
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
