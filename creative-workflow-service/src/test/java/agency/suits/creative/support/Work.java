package agency.suits.creative.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies for work versions and round steps. */
public final class Work {

    private Work() {
    }

    public static Map<String, Object> version(UUID deliverableId, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("deliverableId", deliverableId.toString());
        body.put("mediaType", "image/png");
        body.put("assetUrl", "https://assets.example.com/" + UUID.randomUUID() + ".png");
        body.put("checksum", "sha256:" + "ab".repeat(32));
        body.put("notes", "first cut");
        return body;
    }

    public static Map<String, Object> comment(String text, String section, UUID mandatoryId, String workVersionId) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("section", section);
        body.put("mandatoryId", mandatoryId == null ? null : mandatoryId.toString());
        body.put("workVersionId", workVersionId);
        return body;
    }
}
