package agency.suits.gateway.work;

import io.vertx.core.json.JsonArray;

/**
 * One service's part of a person's work list: the items it answered, or why there are none from it.
 *
 * @param service the service's name, as callers and operators know it
 * @param items   the items as the service wrote them; null when the part is unavailable
 * @param detail  why the part is unavailable; null when it was answered
 */
public record WorkPart(String service, JsonArray items, String detail) {

    public static WorkPart answered(String service, JsonArray items) {
        return new WorkPart(service, items, null);
    }

    public static WorkPart unavailable(String service, String detail) {
        return new WorkPart(service, null, detail);
    }

    public boolean available() {
        return items != null;
    }
}
