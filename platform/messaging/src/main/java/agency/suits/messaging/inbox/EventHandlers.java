package agency.suits.messaging.inbox;

import agency.suits.events.EventPayload;
import agency.suits.events.EventType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** What a consumer does with each event type it cares about; types not listed are skipped without a trace. */
public final class EventHandlers {

    private final Map<String, Registered<?>> byType = new LinkedHashMap<>();

    private EventHandlers() {
    }

    public static <T extends EventPayload> EventHandlers on(Class<T> payloadClass, Consumer<T> handler) {
        return new EventHandlers().and(payloadClass, handler);
    }

    public <T extends EventPayload> EventHandlers and(Class<T> payloadClass, Consumer<T> handler) {
        byType.put(EventType.forPayload(payloadClass).type(), new Registered<>(payloadClass, handler));
        return this;
    }

    Optional<Registered<?>> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    record Registered<T extends EventPayload>(Class<T> payloadClass, Consumer<T> handler) {
        void apply(EventPayload payload) {
            handler.accept(payloadClass.cast(payload));
        }
    }
}
