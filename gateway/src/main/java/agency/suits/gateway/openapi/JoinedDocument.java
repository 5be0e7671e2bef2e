package agency.suits.gateway.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The four services' OpenAPI documents as one, for a frontend that generates a single client. Nothing is renamed:
 * each path, operationId and tag belongs to one service or is word for word the same in each that has it, and each
 * shared component (Problem, Money, the pages) is the same schema everywhere. Anything else is a conflict, named so
 * that the service whose document drifted can be fixed; a joined document with a guess in it would be worse.
 */
public final class JoinedDocument {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonObject document;
    private final List<String> conflicts;

    private JoinedDocument(JsonObject document, List<String> conflicts) {
        this.document = document;
        this.conflicts = List.copyOf(conflicts);
    }

    /** The name the gateway's own operations go by in conflicts. */
    static final String GATEWAY = "gateway";

    /** The documents by the name of the service that wrote them, in the order they should appear. */
    public static JoinedDocument of(Map<String, JsonObject> documents) {
        return of(new JsonObject(), documents);
    }

    /**
     * As {@link #of(Map)}, with the operations the gateway answers itself first. A path of the gateway's is the
     * gateway's alone: a service's operation on the same path (its part of {@code /api/me/work}) is not reachable
     * through the gateway, so it is left out rather than reported as a conflict. The gateway's fragment names no
     * version or servers and refers to the shared schemas (Problem, WorkItem) as the services define them.
     */
    public static JoinedDocument of(JsonObject gateway, Map<String, JsonObject> services) {
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        documents.put(GATEWAY, gateway);
        documents.putAll(services);
        List<String> conflicts = new ArrayList<>();
        JsonObject joined = new JsonObject();
        String version = null;
        JsonObject paths = new JsonObject();
        JsonObject components = new JsonObject();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        Map<String, String> pathOwners = new LinkedHashMap<>();
        Map<String, String> operationOwners = new LinkedHashMap<>();
        Map<String, String> componentOwners = new LinkedHashMap<>();
        JsonArray servers = null;
        for (Map.Entry<String, JsonObject> each : documents.entrySet()) {
            String service = each.getKey();
            JsonObject document = each.getValue();
            String openapi = document.getString("openapi");
            // the gateway's fragment names neither version nor servers: it takes the services'
            if (openapi == null) {
                openapi = version;
            }
            if (version == null) {
                version = openapi;
            } else if (!version.equals(openapi)) {
                conflicts.add(service + " is OpenAPI " + openapi + ", the others " + version);
            }
            if (servers == null) {
                servers = document.getJsonArray("servers");
            } else if (document.containsKey("servers")
                    && !Objects.equals(servers, document.getJsonArray("servers"))) {
                conflicts.add(service + " names other servers than " + services.keySet().iterator().next());
            }
            for (String path : document.getJsonObject("paths", new JsonObject()).fieldNames()) {
                String owner = pathOwners.putIfAbsent(path, service);
                if (GATEWAY.equals(owner)) {
                    continue;
                }
                if (owner != null) {
                    conflicts.add(path + " is in " + owner + " and " + service);
                    continue;
                }
                JsonObject item = document.getJsonObject("paths").getJsonObject(path);
                paths.put(path, item);
                for (String method : METHODS) {
                    String id = item.getJsonObject(method, new JsonObject()).getString("operationId");
                    if (id == null) {
                        continue;
                    }
                    String other = operationOwners.putIfAbsent(id, service);
                    if (other != null) {
                        conflicts.add("operationId " + id + " is in " + other + " and " + service);
                    }
                }
            }
            JsonObject theirs = document.getJsonObject("components", new JsonObject());
            for (String kind : theirs.fieldNames()) {
                JsonObject ours = components.getJsonObject(kind);
                if (ours == null) {
                    ours = new JsonObject();
                    components.put(kind, ours);
                }
                for (String name : theirs.getJsonObject(kind).fieldNames()) {
                    Object component = theirs.getJsonObject(kind).getValue(name);
                    Object existing = ours.getValue(name);
                    if (existing == null) {
                        ours.put(name, component);
                        componentOwners.put(kind + "/" + name, service);
                    } else if (!existing.equals(component)) {
                        conflicts.add("components/" + kind + "/" + name + " differs between "
                                + componentOwners.get(kind + "/" + name) + " and " + service);
                    }
                }
            }
            for (Object value : document.getJsonArray("tags", new JsonArray())) {
                JsonObject tag = (JsonObject) value;
                JsonObject existing = tags.putIfAbsent(tag.getString("name"), tag);
                if (existing != null && !existing.equals(tag)) {
                    conflicts.add("tag " + tag.getString("name") + " is described differently in " + service);
                }
            }
        }
        joined.put("openapi", version == null ? "3.0.3" : version);
        joined.put("info", new JsonObject()
                .put("title", "Suits API")
                .put("version", "1")
                .put("description", "The API of every Suits service behind the gateway, as one document: "
                        + String.join(", ", services.keySet()) + ", and what the gateway answers itself. Each "
                        + "service's own document is at /openapi/<service>."));
        if (servers != null) {
            joined.put("servers", servers);
        }
        joined.put("tags", new JsonArray(new ArrayList<>(tags.values())));
        joined.put("paths", paths);
        joined.put("components", components);
        return new JoinedDocument(joined, conflicts);
    }

    public JsonObject document() {
        return document;
    }

    /** What keeps the documents from being one, a line each; empty when they join. */
    public List<String> conflicts() {
        return conflicts;
    }
}
