package agency.suits.messaging.inbox;

import agency.suits.events.EventPayload;
import agency.suits.events.EventType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a consumer does with each event type it cares about; types not listed are skipped without a trace. Several
 * handlers for one type run in the order they were added, in the same transaction: a service that keeps the account
 * copy and also reacts to a ContractSigned itself gets both effects or neither.
 */
public final class EventHandlers {

    private final Map<String, Registered<?>> byType = new LinkedHashMap<>();

    private EventHandlers() {
    }

    public static <T extends EventPayload> EventHandlers on(Class<T> payloadClass, Consumer<T> handler) {
        return new EventHandlers().and(payloadClass, handler);
    }

    public <T extends EventPayload> EventHandlers and(Class<T> payloadClass, Consumer<T> handler) {
        String type = EventType.forPayload(payloadClass).type();
        Registered<?> earlier = byType.get(type);
        byType.put(type, earlier == null ? new Registered<>(payloadClass, handler)
                : earlier.then(payloadClass, handler));
        return this;
    }

    Optional<Registered<?>> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    record Registered<T extends EventPayload>(Class<T> payloadClass, Consumer<T> handler) {
        void apply(EventPayload payload) {
            handler.accept(payloadClass.cast(payload));
        }

        <U extends EventPayload> Registered<U> then(Class<U> samePayloadClass, Consumer<U> next) {
            Consumer<U> first = payload -> apply(payload);
            return new Registered<>(samePayloadClass, first.andThen(next));
        }
    }
}
