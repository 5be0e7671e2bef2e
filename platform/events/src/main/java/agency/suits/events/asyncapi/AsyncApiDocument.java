package agency.suits.events.asyncapi;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;
import agency.suits.events.EventType;
import agency.suits.events.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AsyncAPI 3.0 document of every event Suits publishes, written from the catalog ({@link EventType}) and the
 * schemas beside it, so that it cannot name an event the services do not send or miss one they do. A channel per
 * topic; a message per event type and version, whose payload is the whole CloudEvents envelope as it is on the wire
 * (structured mode), with {@code type} and {@code dataschema} fixed and {@code data} the event's own schema.
 */
public final class AsyncApiDocument {

    public static final String VERSION = "3.0.0";
    /** What the schemas are written in; AsyncAPI names a schema's format next to it. */
    public static final String SCHEMA_FORMAT = "application/schema+json;version=2020-12";
    public static final String CONTENT_TYPE = CloudEvent.STRUCTURED_CONTENT_TYPE;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern KEY = Pattern.compile("Subject and Kafka key: ([A-Za-z]+)\\.");

    private AsyncApiDocument() {
    }

    public static String json() {
        try {
            return EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode document() {
        ObjectNode document = JSON.objectNode();
        document.put("asyncapi", VERSION);
        document.putObject("info")
                .put("title", "Suits events")
                .put("version", "1")
                .put("description", "Every event the Suits services publish on Kafka. Each topic has one owner; "
                        + "each message is a CloudEvents 1.0 event in structured JSON mode, keyed by its subject so "
                        + "that the events of one client, job or invoice stay in order on one partition. Consumers "
                        + "apply each event once by its id and skip types they do not know. How to subscribe: "
                        + "docs/events.md.");
        document.put("defaultContentType", CONTENT_TYPE);
        document.putObject("servers").putObject("local")
                .put("host", "localhost:9092")
                .put("protocol", "kafka")
                .put("description", "The local stack's broker (./suits up); other set-ups name their own");
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode messages = document.putObject("components").putObject("messages");
        for (String topic : Topics.ALL) {
            String owner = topic.substring("suits.".length());
            ObjectNode channel = channels.putObject(topic);
            channel.put("address", topic);
            channel.put("description", "Published by " + owner + " alone; read by anyone with a consumer group");
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject("publish" + capitalised(owner) + "Events");
            operation.put("action", "send");
            operation.put("summary", "What " + owner + " tells the others");
            operation.putObject("channel").put("$ref", "#/channels/" + topic);
            ArrayNode operationMessages = operation.putArray("messages");
            for (EventType type : EventType.publishedOn(topic)) {
                String name = messageName(type);
                messages.set(name, message(type));
                channelMessages.putObject(name).put("$ref", "#/components/messages/" + name);
                operationMessages.addObject().put("$ref", "#/channels/" + topic + "/messages/" + name);
            }
        }
        return document;
    }

    /** The key of a message in the document: {@code BriefSubmitted.v1}. */
    public static String messageName(EventType type) {
        return type.eventName() + ".v" + type.version();
    }

    /** The field of the data that is the subject and Kafka key, as each schema states it. */
    public static String keyField(EventType type) {
        String description = schema(type.schemaResource()).path("description").asText();
        Matcher key = KEY.matcher(description);
        if (!key.find()) {
            throw new IllegalStateException(type.schemaResource() + " does not state its Kafka key");
        }
        return key.group(1);
    }

    private static ObjectNode message(EventType type) {
        JsonNode data = selfContained(schema(type.schemaResource()));
        String key = keyField(type);
        ObjectNode message = JSON.objectNode();
        message.put("name", type.eventName());
        message.put("title", type.eventName() + " v" + type.version());
        message.put("summary", data.path("description").asText());
        message.put("contentType", CONTENT_TYPE);
        ObjectNode headers = message.putObject("headers").put("type", "object").putObject("properties");
        headers.putObject("content-type").put("type", "string").put("const", CONTENT_TYPE);
        headers.putObject(CloudEvent.TYPE_HEADER).put("type", "string").put("const", type.type())
                .put("description", "The event's type again, so that a consumer can pass over types it does not "
                        + "handle without reading the value");
        message.putObject("payload")
                .put("schemaFormat", SCHEMA_FORMAT)
                .set("schema", envelope(type, data));
        message.putObject("bindings").putObject("kafka")
                .put("bindingVersion", "0.5.0")
                .putObject("key").put("type", "string")
                .put("description", "The CloudEvents subject: the data's " + key);
        return message;
    }

    private static ObjectNode envelope(EventType type, JsonNode data) {
        ObjectNode envelope = (ObjectNode) selfContained(schema(CloudEvent.SCHEMA_RESOURCE));
        envelope.put("$id", envelope.path("$id").asText() + ":" + messageName(type));
        envelope.put("title", type.eventName() + " as a CloudEvent");
        ObjectNode properties = (ObjectNode) envelope.path("properties");
        properties.putObject("type").put("const", type.type());
        properties.putObject("dataschema").put("const", type.dataschema().toString());
        properties.set("data", data);
        return envelope;
    }

    /**
     * The schema with each {@code #/$defs/...} reference replaced by what it names. AsyncAPI tools resolve a
     * {@code #/...} reference against the whole AsyncAPI document, not against the schema it sits in, so a schema
     * embedded in a message must not point at its own definitions.
     */
    static JsonNode selfContained(JsonNode schema) {
        JsonNode definitions = schema.path("$defs");
        ObjectNode inlined = (ObjectNode) inline(schema, definitions, 0);
        inlined.remove("$defs");
        return inlined;
    }

    private static JsonNode inline(JsonNode node, JsonNode definitions, int depth) {
        if (depth > 20) {
            throw new IllegalStateException("a schema definition refers to itself: " + node);
        }
        if (node.isObject()) {
            String ref = node.path("$ref").asText("");
            if (ref.startsWith("#/$defs/")) {
                JsonNode named = definitions.path(ref.substring("#/$defs/".length()));
                if (named.isMissingNode()) {
                    throw new IllegalStateException("no definition " + ref);
                }
                ObjectNode resolved = (ObjectNode) inline(named, definitions, depth + 1);
                node.fields().forEachRemaining(field -> {
                    if (!"$ref".equals(field.getKey())) {
                        resolved.set(field.getKey(), inline(field.getValue(), definitions, depth));
                    }
                });
                return resolved;
            }
            ObjectNode copy = JSON.objectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), "$defs".equals(field.getKey())
                    ? field.getValue().deepCopy() : inline(field.getValue(), definitions, depth)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.arrayNode();
            node.forEach(item -> copy.add(inline(item, definitions, depth)));
            return copy;
        }
        return node.deepCopy();
    }

    private static JsonNode schema(String resource) {
        try (InputStream in = AsyncApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema at " + resource);
            }
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
