package agency.suits.events.asyncapi;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;
import agency.suits.events.EventPayload;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import agency.suits.events.samples.SampleEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The AsyncAPI document against the catalog: every type is there, where it is published, as it is sent. */
class AsyncApiDocumentTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private final JsonNode document = AsyncApiDocument.document();

    @Test
    void hasAChannelPerTopicAndAMessagePerEventType() {
        assertEquals("3.0.0", document.path("asyncapi").asText());
        List<String> channels = new ArrayList<>();
        document.path("channels").fieldNames().forEachRemaining(channels::add);
        assertEquals(Topics.ALL, channels);
        List<String> messages = new ArrayList<>();
        document.path("components").path("messages").fieldNames().forEachRemaining(messages::add);
        assertEquals(Arrays.stream(EventType.values()).map(AsyncApiDocument::messageName).toList(), messages);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void listsEachTypeOnItsTopicAndInItsOwnersSendOperation(EventType type) {
        String name = AsyncApiDocument.messageName(type);
        assertEquals("#/components/messages/" + name, document.path("channels").path(type.topic())
                .path("messages").path(name).path("$ref").asText());
        String owner = type.topic().substring("suits.".length());
        JsonNode operation = document.path("operations")
                .path("publish" + Character.toUpperCase(owner.charAt(0)) + owner.substring(1) + "Events");
        assertEquals("send", operation.path("action").asText());
        assertEquals("#/channels/" + type.topic(), operation.path("channel").path("$ref").asText());
        List<String> refs = new ArrayList<>();
        operation.path("messages").forEach(ref -> refs.add(ref.path("$ref").asText()));
        assertTrue(refs.contains("#/channels/" + type.topic() + "/messages/" + name), refs.toString());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void thePayloadSchemaTakesTheEventAsSentAndNoOtherType(EventType type) throws Exception {
        EventPayload sample = SampleEvents.sampleOf(type);
        JsonNode sent = EventJson.mapper().readTree(EventJson.write(CloudEvent.of(SampleEvents.SOURCE, sample)));
        JsonNode payload = message(type).path("payload");
        assertEquals(AsyncApiDocument.SCHEMA_FORMAT, payload.path("schemaFormat").asText());
        var schema = FACTORY.getSchema(payload.path("schema"), CONFIG);

        assertEquals(Set.of(), schema.validate(sent));
        EventType other = Arrays.stream(EventType.values()).filter(t -> t != type).findFirst().orElseThrow();
        ObjectNode mislabelled = sent.deepCopy();
        mislabelled.put("type", other.type());
        Set<ValidationMessage> refused = schema.validate(mislabelled);
        assertFalse(refused.isEmpty(), "a " + other.eventName() + " type on " + type.eventName() + " data passed");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void noPayloadSchemaPointsInsideItselfForAsyncApiToolsResolveReferencesAgainstTheDocument(EventType type) {
        String schema = message(type).path("payload").path("schema").toString();
        assertFalse(schema.contains("\"$ref\""), "a $ref is left in " + type);
        assertFalse(schema.contains("\"$defs\""), "a $defs is left in " + type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theKeyNamedIsTheFieldTheEventIsKeyedBy(EventType type) throws Exception {
        EventPayload sample = SampleEvents.sampleOf(type);
        JsonNode data = EventJson.mapper().readTree(EventJson.write(CloudEvent.of(SampleEvents.SOURCE, sample)))
                .path("data");
        String field = AsyncApiDocument.keyField(type);
        assertEquals(sample.subject(), data.path(field).asText(), type + " key " + field);
        assertTrue(message(type).path("bindings").path("kafka").path("key").path("description").asText()
                .endsWith(field));
    }

    private JsonNode message(EventType type) {
        return document.path("components").path("messages").path(AsyncApiDocument.messageName(type));
    }
}
