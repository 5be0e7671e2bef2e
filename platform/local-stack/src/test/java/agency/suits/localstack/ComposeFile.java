package agency.suits.localstack;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docker-compose.yml as Compose reads it when none of its variables is set: defaults filled in, {@code $$} unescaped.
 */
final class ComposeFile {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\$|\\$\\{([A-Za-z0-9_]+)(?::?-([^}]*))?}");

    private final Map<String, Object> document;

    private ComposeFile(Map<String, Object> document) {
        this.document = document;
    }

    static ComposeFile read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> document = new Yaml().load(reader);
            return new ComposeFile(document);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file, e);
        }
    }

    Map<String, Map<String, Object>> services() {
        return map(document.get("services"), "services");
    }

    Map<String, Object> service(String name) {
        Map<String, Object> service = services().get(name);
        if (service == null) {
            throw new AssertionError("docker-compose.yml has no service " + name + "; it has " + services().keySet());
        }
        return service;
    }

    /** The service's environment with Compose's defaults applied. */
    Map<String, String> environment(String service) {
        Object environment = service(service).get("environment");
        Map<String, String> resolved = new LinkedHashMap<>();
        if (environment == null) {
            return resolved;
        }
        map(environment, service + ".environment").forEach((key, value) ->
                resolved.put(key, value == null ? "" : interpolate(String.valueOf(value))));
        return resolved;
    }

    /** The service's environment as written, variables not interpolated. */
    Map<String, String> rawEnvironment(String service) {
        Object environment = service(service).get("environment");
        Map<String, String> raw = new LinkedHashMap<>();
        if (environment != null) {
            map(environment, service + ".environment").forEach((key, value) ->
                    raw.put(key, value == null ? "" : String.valueOf(value)));
        }
        return raw;
    }

    Map<String, Object> document() {
        return document;
    }

    /** The health check command as one string, with Compose's defaults applied. */
    String healthCheck(String service) {
        Object healthcheck = service(service).get("healthcheck");
        if (!(healthcheck instanceof Map<?, ?> check) || check.get("test") == null) {
            return "";
        }
        Object test = check.get("test");
        String command = test instanceof List<?> parts ? String.join(" ", parts.stream().map(String::valueOf).toList())
                : String.valueOf(test);
        return interpolate(command);
    }

    /** Compose's interpolation with no variables set: {@code ${X:-default}} is the default, {@code $$} a dollar. */
    static String interpolate(String value) {
        Matcher variable = VARIABLE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (variable.find()) {
            String replacement;
            if (variable.group().equals("$$")) {
                replacement = "$";
            } else {
                replacement = variable.group(2) == null ? "" : variable.group(2);
            }
            variable.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        variable.appendTail(result);
        return result.toString();
    }

    @SuppressWarnings("unchecked")
    static <V> Map<String, V> map(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new AssertionError(where + " is not a mapping: " + value);
        }
        return (Map<String, V>) value;
    }
}
