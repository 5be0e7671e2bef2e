package agency.suits.gateway.work;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

class MyWorkMergeTest {

    @Test
    void ordersTheItemsOfAllPartsOldestFirstAndNamesTheMissingOnes() {
        JsonObject merged = MyWork.of(List.of(
                WorkPart.answered("briefs-service", items(item("/api/briefs/1", "2026-11-03T09:00:00Z"))),
                WorkPart.unavailable("billing-service", "billing-service answered 503."),
                WorkPart.answered("creative-workflow-service", items(item("/api/creative-jobs/1",
                        "2026-11-01T09:00:00.123456Z"), item("/api/creative-jobs/2", "2026-11-04T00:00:00Z")))));

        assertEquals(List.of("/api/creative-jobs/1", "/api/briefs/1", "/api/creative-jobs/2"),
                merged.getJsonArray("items").stream().map(item -> ((JsonObject) item).getString("link")).toList());
        assertEquals(true, merged.getBoolean("partial"));
        assertEquals(new JsonArray().add(new JsonObject().put("service", "billing-service")
                .put("detail", "billing-service answered 503.")), merged.getJsonArray("unavailable"));
    }

    @Test
    void anItemWithoutAReadableTimeGoesLast() {
        JsonObject merged = MyWork.of(List.of(WorkPart.answered("briefs-service", items(
                item("/api/briefs/late", "yesterday"), item("/api/briefs/1", "2026-11-03T09:00:00Z")))));

        assertEquals(List.of("/api/briefs/1", "/api/briefs/late"),
                merged.getJsonArray("items").stream().map(item -> ((JsonObject) item).getString("link")).toList());
        assertEquals(false, merged.getBoolean("partial"));
    }

    private static JsonArray items(JsonObject... items) {
        JsonArray array = new JsonArray();
        for (JsonObject item : items) {
            array.add(item);
        }
        return array;
    }

    private static JsonObject item(String link, String waitingSince) {
        return new JsonObject().put("link", link).put("waitingSince", waitingSince);
    }
}
