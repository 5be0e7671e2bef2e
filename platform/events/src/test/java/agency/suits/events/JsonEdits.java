package agency.suits.events;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/** Finds the places in an event's JSON that the strictness tests break one at a time. */
final class JsonEdits {

    private JsonEdits() {
    }

    /** Pointers to every JSON object in the tree, the root included. */
    static List<JsonPointer> objects(JsonNode root) {
        List<JsonPointer> found = new ArrayList<>();
        collect(root, JsonPointer.empty(), found);
        return found;
    }

    /** Pointers to every money object: exactly an amount and a currency. */
    static List<JsonPointer> money(JsonNode root) {
        return objects(root).stream()
                .filter(pointer -> {
                    JsonNode node = root.at(pointer);
                    return node.size() == 2 && node.has("amount") && node.has("currency");
                })
                .toList();
    }

    /** A copy of the tree with the object at the pointer changed. */
    static JsonNode editedCopy(JsonNode root, JsonPointer pointer, Consumer<ObjectNode> edit) {
        JsonNode copy = root.deepCopy();
        edit.accept((ObjectNode) copy.at(pointer));
        return copy;
    }

    private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> found) {
        if (node.isObject()) {
            found.add(at);
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                collect(node.get(name), at.appendProperty(name), found);
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), at.appendIndex(i), found);
            }
        }
    }
}
