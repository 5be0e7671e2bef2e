package agency.suits.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema and the record of an event are two copies of one shape; this keeps them from drifting apart. */
class SchemaMatchesRecordsTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyObjectInTheSchemaHasExactlyTheRecordsFieldsAllRequired(EventType type) {
        JsonNode schema = EventSchemas.schemaJson(type.schemaResource());
        assertObjectMatches(type.payloadClass(), schema, schema, type.eventName());
    }

    private static void assertObjectMatches(Class<?> record, JsonNode objectSchema, JsonNode root, String path) {
        assertEquals("object", objectSchema.path("type").asText(), path);
        assertFalse(objectSchema.path("additionalProperties").asBoolean(true), path + " allows unknown properties");
        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        assertEquals(components, names(objectSchema.path("properties")), path + " properties");
        assertEquals(components, texts(objectSchema.path("required")), path + " required");
        for (RecordComponent component : record.getRecordComponents()) {
            String at = path + "." + component.getName();
            JsonNode property = resolve(objectSchema.path("properties").path(component.getName()), root);
            assertTypeMatches(component.getGenericType(), property, root, at);
        }
    }

    private static void assertTypeMatches(Type javaType, JsonNode schema, JsonNode root, String path) {
        if (javaType instanceof ParameterizedType list && list.getRawType() == List.class) {
            assertEquals("array", schema.path("type").asText(), path);
            assertTypeMatches(list.getActualTypeArguments()[0], resolve(schema.path("items"), root), root, path + "[]");
        } else if (javaType instanceof Class<?> type && type.isRecord()) {
            assertObjectMatches(type, schema, root, path);
        } else if (javaType instanceof Class<?> type && type.isEnum()) {
            List<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            assertEquals(constants, texts(schema.path("enum")), path + " enum");
        } else if (javaType == int.class) {
            assertEquals("integer", schema.path("type").asText(), path);
        } else if (javaType == boolean.class) {
            assertEquals("boolean", schema.path("type").asText(), path);
        } else {
            assertEquals("string", schema.path("type").asText(), path);
        }
    }

    /** Follows a $ref, and for a nullable property ({@code anyOf: [X, null]}) takes X. */
    private static JsonNode resolve(JsonNode schema, JsonNode root) {
        if (schema.has("$ref")) {
            JsonNode target = root.at(schema.get("$ref").asText().substring(1));
            assertFalse(target.isMissingNode(), "dangling " + schema.get("$ref"));
            return resolve(target, root);
        }
        if (schema.has("anyOf")) {
            List<JsonNode> notNull = new ArrayList<>();
            schema.get("anyOf").forEach(branch -> {
                if (!"null".equals(branch.path("type").asText())) {
                    notNull.add(branch);
                }
            });
            assertTrue(notNull.size() == 1 && schema.get("anyOf").size() == 2, "anyOf is only used for X-or-null");
            return resolve(notNull.get(0), root);
        }
        return schema;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
