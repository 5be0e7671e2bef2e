package agency.suits.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every service's OpenAPI document says the same way, written once here rather than on each of a hundred
 * operations, and true of every service because platform/web and platform/security make it so:
 * <ul>
 *   <li>every error is the {@code Problem} schema as {@code application/problem+json}: 400 where the operation reads
 *       parameters or a body, 401 and 403 under {@code /api}, 404 where the path names something, 409 where it
 *       changes something, 412 and 428 where it takes {@code If-Match}, 422 where it takes a body, 500 always, and a
 *       {@code default} for what the HTTP layer answers by itself (405, 406, 413, 415);</li>
 *   <li>{@code If-Match} is required wherever an operation takes it (the server answers 428 without it);</li>
 *   <li>a success answering a view with a {@code version} carries that version as {@code ETag}; a 201 says where
 *       the created thing is ({@code Location});</li>
 *   <li>request bodies refuse properties they do not name ({@code additionalProperties: false}), as the strict JSON
 *       reading does;</li>
 *   <li>an answer's fields are required unless declared nullable: absent is how an answer says "none";</li>
 *   <li>schemas are named in plain nouns ({@link SchemaNames}), a page of them {@code <Noun>Page};</li>
 *   <li>{@code servers} names the gateway, relative to where the document is read;</li>
 *   <li>a path of every service ({@code /api/operations/{service}/...}) is written with this service's name
 *       ({@link ServicePaths}).</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiContract implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String REF = "#/components/schemas/";

    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", "The request is malformed: a parameter or body field is missing, of the wrong type or out "
                + "of bounds (errors[] names each)");
        ERRORS.put("401", "No valid bearer token");
        ERRORS.put("403", "The caller's role may not do this; detail says who may");
        ERRORS.put("404", "No such thing, or one of a client outside the caller's book");
        ERRORS.put("409", "The thing's state does not allow this; allowedActions says what it does allow");
        ERRORS.put("412", "If-Match names a version that is no longer current: read it again");
        ERRORS.put("422", "The request breaks a rule of the domain; detail and errors[] say which");
        ERRORS.put("428", "If-Match is missing: send the ETag of the version you read");
        ERRORS.put("500", "An unexpected failure; correlationId finds it in the logs");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(openAPI.getComponents().getSchemas());
        schemas.putIfAbsent(PROBLEM, ProblemSchema.create());
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("/")
                    .description("The gateway that serves this document (the local stack's: http://localhost:8080)"));
        }
        ServicePaths.name(openAPI,
                ConfigProvider.getConfig().getOptionalValue("quarkus.application.name", String.class));
        Set<String> requestSchemas = new HashSet<>();
        Set<String> responseSchemas = new HashSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach(
                    (method, operation) -> describe(path, method, operation, schemas, requestSchemas,
                            responseSchemas)));
        }
        Set<String> requests = reachable(requestSchemas, schemas);
        requests.forEach(name -> schemas.get(name).setAdditionalPropertiesBoolean(Boolean.FALSE));
        Set<String> responses = reachable(responseSchemas, schemas);
        responses.removeAll(requests);
        responses.remove(PROBLEM);
        responses.forEach(name -> requireWhatIsAlwaysSent(schemas.get(name)));
        Map<String, String> renamed = SchemaNames.plain(schemas);
        Map<String, Schema> named = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> named.put(renamed.getOrDefault(name, name), schema));
        openAPI.getComponents().setSchemas(named);
        if (!renamed.isEmpty()) {
            Refs.rename(openAPI, renamed);
        }
    }

    /**
     * An answer leaves out a field with nothing in it (non-null inclusion), and sends every other: so every property of
     * a schema only answers carry is required, except those declared nullable ({@code @Schema(nullable = true)}),
     * which are the ones that may be absent.
     */
    private static void requireWhatIsAlwaysSent(Schema schema) {
        List<String> required = new ArrayList<>();
        schema.getProperties().forEach((name, property) -> {
            if (!mayBeNull(property)) {
                required.add(name);
            }
        });
        schema.setRequired(required.isEmpty() ? null : required);
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation,
                                 Map<String, Schema> schemas, Set<String> requestSchemas,
                                 Set<String> responseSchemas) {
        boolean ifMatch = false;
        boolean hasParameters = false;
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                hasParameters = true;
                if (parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName())) {
                    ifMatch = true;
                    parameter.setRequired(true);
                    if (parameter.getDescription() == null) {
                        parameter.setDescription("The ETag of the version the change is based on");
                    }
                }
            }
        }
        boolean body = operation.getRequestBody() != null;
        if (body) {
            collectRefs(operation.getRequestBody().getContent(), requestSchemas);
        }
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        for (Map.Entry<String, APIResponse> success : Map.copyOf(responses.getAPIResponses() == null ? Map.of()
                : responses.getAPIResponses()).entrySet()) {
            if (success.getKey().startsWith("2")) {
                headers(success.getKey(), success.getValue(), schemas);
                collectRefs(success.getValue().getContent(), responseSchemas);
            }
        }
        if (body || hasParameters) {
            problem(responses, "400");
        }
        if (path.startsWith("/api")) {
            problem(responses, "401");
            problem(responses, "403");
        }
        if (path.contains("{")) {
            problem(responses, "404");
        }
        if (changes) {
            problem(responses, "409");
        }
        if (ifMatch) {
            problem(responses, "412");
            problem(responses, "428");
        }
        if (body) {
            problem(responses, "422");
        }
        problem(responses, "500");
        if (responses.getDefaultValue() == null) {
            responses.setDefaultValue(OASFactory.createAPIResponse()
                    .description("What the HTTP layer answers by itself (405, 406, 413, 415), as a problem")
                    .content(problemContent()));
        }
    }

    private static void problem(APIResponses responses, String status) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(ERRORS.get(status))
                    .content(problemContent()));
        } else {
            // SmallRye's own 400 for a validated body says only its reason phrase
            boolean smallRyes = "Bad Request".equals(existing.getDescription());
            if (smallRyes || existing.getDescription() == null) {
                existing.setDescription(ERRORS.get(status));
            }
            if (smallRyes || existing.getContent() == null || existing.getContent().getMediaTypes() == null
                    || existing.getContent().getMediaTypes().isEmpty()) {
                existing.setContent(problemContent());
            }
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF + PROBLEM)));
    }

    /** ETag on a success that answers a versioned view, Location on a 201. */
    private static void headers(String status, APIResponse response, Map<String, Schema> schemas) {
        if ("201".equals(status) && (response.getHeaders() == null || !response.getHeaders().containsKey("Location"))) {
            response.addHeader("Location", header("Where the created thing is, under the gateway's address",
                    "uri"));
        }
        String ref = schemaRef(response.getContent());
        Schema schema = ref == null ? null : schemas.get(ref);
        if (schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version")
                && (response.getHeaders() == null || !response.getHeaders().containsKey("ETag"))) {
            response.addHeader("ETag", header("The version read, for If-Match on the next change", null));
        }
    }

    private static Header header(String description, String format) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        if (format != null) {
            schema.setFormat(format);
        }
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static String schemaRef(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return null;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getSchema() != null && media.getSchema().getRef() != null) {
                return name(media.getSchema().getRef());
            }
        }
        return null;
    }

    /** Nullable is a type of null in the model: on the property itself, or beside the $ref it wraps. */
    private static boolean mayBeNull(Schema property) {
        if (property.getType() != null && property.getType().contains(Schema.SchemaType.NULL)) {
            return true;
        }
        for (List<Schema> parts : Arrays.asList(property.getAnyOf(), property.getOneOf(), property.getAllOf())) {
            if (parts != null && parts.stream().anyMatch(ApiContract::mayBeNull)) {
                return true;
            }
        }
        return false;
    }

    /** The named schemas the roots are or contain, those with properties: the objects a body is made of. */
    private static Set<String> reachable(Set<String> roots, Map<String, Schema> schemas) {
        Deque<String> next = new ArrayDeque<>(roots);
        Set<String> seen = new HashSet<>();
        Set<String> objects = new HashSet<>();
        while (!next.isEmpty()) {
            String name = next.pop();
            Schema schema = schemas.get(name);
            if (!seen.add(name) || schema == null) {
                continue;
            }
            if (schema.getProperties() != null) {
                objects.add(name);
                schema.getProperties().values().forEach(property -> Refs.collect(property, next));
            }
        }
        return objects;
    }

    private static void collectRefs(Content content, Set<String> into) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getSchema() != null) {
                Deque<String> found = new ArrayDeque<>();
                Refs.collect(media.getSchema(), found);
                into.addAll(found);
            }
        }
    }

    static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    static List<String> errorStatuses() {
        return List.copyOf(ERRORS.keySet());
    }
}
