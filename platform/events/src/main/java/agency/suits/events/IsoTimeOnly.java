package agency.suits.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.DurationDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads times, dates and durations only from ISO strings. JavaTimeModule alone also takes epoch numbers and
 * arrays, which the schemas refuse; a Java consumer should not accept what the contract does not allow.
 */
final class IsoTimeOnly {

    private IsoTimeOnly() {
    }

    static Module module() {
        SimpleModule module = new SimpleModule("suits-events-iso-time-only");
        module.addDeserializer(Instant.class, new StringOnly<>(Instant.class, InstantDeserializer.INSTANT));
        module.addDeserializer(LocalDate.class, new StringOnly<>(LocalDate.class, LocalDateDeserializer.INSTANCE));
        module.addDeserializer(Duration.class, new StringOnly<>(Duration.class, DurationDeserializer.INSTANCE));
        return module;
    }

    private static final class StringOnly<T> extends StdDeserializer<T> {

        private final JsonDeserializer<? extends T> iso;

        StringOnly(Class<T> type, JsonDeserializer<? extends T> iso) {
            super(type);
            this.iso = iso;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (T) context.handleUnexpectedToken(handledType(), parser.currentToken(), parser,
                        handledType().getSimpleName() + " is an ISO 8601 string in events");
            }
            return iso.deserialize(parser, context);
        }
    }
}
