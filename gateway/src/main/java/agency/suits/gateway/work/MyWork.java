package agency.suits.gateway.work;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The answer of {@code GET /api/me/work}: every service's items in one list, the oldest waiting first, and the parts
 * that could not be had. A missing part makes the answer partial rather than failing it: a person who cannot see
 * their billing approvals for a minute still needs their briefs to approve.
 */
public final class MyWork {

    /** An item whose time cannot be read goes last rather than breaking the order of the others. */
    private static final Comparator<JsonObject> OLDEST_FIRST = Comparator
            .comparing(MyWork::waitingSince, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(item -> item.getString("link", ""));

    private MyWork() {
    }

    public static JsonObject of(List<WorkPart> parts) {
        List<JsonObject> items = new ArrayList<>();
        JsonArray unavailable = new JsonArray();
        for (WorkPart part : parts) {
            if (!part.available()) {
                unavailable.add(new JsonObject().put("service", part.service()).put("detail", part.detail()));
                continue;
            }
            for (Object item : part.items()) {
                if (item instanceof JsonObject object) {
                    items.add(object);
                }
            }
        }
        items.sort(OLDEST_FIRST);
        return new JsonObject()
                .put("items", new JsonArray(new ArrayList<>(items)))
                .put("partial", !unavailable.isEmpty())
                .put("unavailable", unavailable);
    }

    private static Instant waitingSince(JsonObject item) {
        Object value = item.getValue("waitingSince");
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
