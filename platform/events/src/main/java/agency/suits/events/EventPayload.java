package agency.suits.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The data of one event: a record registered in {@link EventType}. */
public interface EventPayload {

    /**
     * The aggregate the event is about. It is the CloudEvents {@code subject} and the Kafka message key, so
     * all events of one aggregate land on one partition and are consumed in the order they happened.
     */
    @JsonIgnore
    String subject();

    @JsonIgnore
    default EventType eventType() {
        return EventType.forPayload(getClass());
    }
}
