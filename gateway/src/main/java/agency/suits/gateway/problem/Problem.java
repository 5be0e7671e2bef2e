package agency.suits.gateway.problem;

import io.vertx.core.json.JsonObject;

/**
 * An RFC 9457 problem detail. The gateway answers every failure of its own with one, so that a caller
 * sees the same error shape whether the service or the gateway refused the request.
 *
 * @param slug     last part of the {@code type} URI; stable, clients may switch on it
 * @param instance the request path the problem occurred on
 */
public record Problem(String slug, String title, int status, String detail, String instance, String requestId) {

    /**
     * The same base as the services' problem types (platform/web ProblemType), so a caller switches on
     * one vocabulary whether the gateway or a service answered; slugs shared with it mean the same.
     */
    public static final String TYPE_PREFIX = "https://suits.local/problems/";

    public static final String MEDIA_TYPE = "application/problem+json";

    public String type() {
        return TYPE_PREFIX + slug;
    }

    public JsonObject toJson() {
        JsonObject json = new JsonObject()
                .put("type", type())
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
        // Extension member: lets a caller quote the id that appears in the gateway's and services' logs.
        if (requestId != null) {
            json.put("requestId", requestId);
        }
        return json;
    }
}
