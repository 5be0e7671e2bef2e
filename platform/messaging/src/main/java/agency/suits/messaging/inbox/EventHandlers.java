package agency.suits.messaging.inbox;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventPayload;
import agency.suits.events.EventType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What a consumer does with each event type it cares about; types not listed are skipped without a trace. Several
 * handlers for one type run in the order they were added, in the same transaction: a service that keeps the account
 * copy and also reacts to a ContractSigned itself gets both effects or neither. A handler that needs the envelope
 * too (its id, to name where a fact came from) takes it as a second argument; handlers are built once per consumer,
 * since the inbox also runs them later, for events it parked.
 */
public final class EventHandlers {

    private final Map<String, Registered<?>> byType = new LinkedHashMap<>();

    private EventHandlers() {
    }

    public static <T extends EventPayload> EventHandlers on(Class<T> payloadClass, Consumer<T> handler) {
        return new EventHandlers().and(payloadClass, handler);
    }

    public static <T extends EventPayload> EventHandlers on(Class<T> payloadClass,
                                                            BiConsumer<T, CloudEvent> handler) {
        return new EventHandlers().and(payloadClass, handler);
    }

    public <T extends EventPayload> EventHandlers and(Class<T> payloadClass, Consumer<T> handler) {
        return and(payloadClass, (BiConsumer<T, CloudEvent>) (payload, envelope) -> handler.accept(payload));
    }

    public <T extends EventPayload> EventHandlers and(Class<T> payloadClass, BiConsumer<T, CloudEvent> handler) {
        String type = EventType.forPayload(payloadClass).type();
        Registered<?> earlier = byType.get(type);
        byType.put(type, earlier == null ? new Registered<>(payloadClass, handler)
                : earlier.then(payloadClass, handler));
        return this;
    }

    /**
     * The same handler for every event type in the catalog published on the topic, after whatever else the type
     * already does: for a consumer that passes every event on (webhooks) rather than acting on some.
     */
    public EventHandlers andEveryTypeOn(String topic, BiConsumer<EventPayload, CloudEvent> handler) {
        for (EventType eventType : EventType.publishedOn(topic)) {
            andAny(eventType.payloadClass(), handler);
        }
        return this;
    }

    private <T extends EventPayload> void andAny(Class<T> payloadClass, BiConsumer<EventPayload, CloudEvent> handler) {
        and(payloadClass, (BiConsumer<T, CloudEvent>) handler::accept);
    }

    Optional<Registered<?>> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    record Registered<T extends EventPayload>(Class<T> payloadClass, BiConsumer<T, CloudEvent> handler) {
        void apply(EventPayload payload, CloudEvent envelope) {
            handler.accept(payloadClass.cast(payload), envelope);
        }

        <U extends EventPayload> Registered<U> then(Class<U> samePayloadClass, BiConsumer<U, CloudEvent> next) {
            BiConsumer<U, CloudEvent> first = (payload, envelope) -> apply(payload, envelope);
            return new Registered<>(samePayloadClass, first.andThen(next));
        }
    }
}
