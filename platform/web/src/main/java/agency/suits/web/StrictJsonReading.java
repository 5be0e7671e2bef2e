package agency.suits.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A request body means exactly what it says or is rejected; nothing is silently dropped or guessed.
 *
 * <p>Read-only fields: mark them {@code @JsonProperty(access = READ_ONLY)} (or {@code @JsonIgnoreProperties}) on the
 * record. Jackson normally ignores such a field in a request; with {@code FAIL_ON_IGNORED_PROPERTIES} a client that
 * sends it gets 400 naming the field. Unknown fields are rejected through
 * {@code quarkus.jackson.fail-on-unknown-properties=true} in this library's microprofile-config.properties.
 */
@Singleton
public class StrictJsonReading implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // 2.9 into an int would otherwise become 2
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // {"budget": 1, "budget": 1000}: which one did the client mean?
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // PostgreSQL cannot store NUL in text: refused here, naming the field, instead of failing as a 500 on insert
        mapper.registerModule(new SimpleModule("storable-strings").addDeserializer(String.class, new StorableText()));
    }
}
