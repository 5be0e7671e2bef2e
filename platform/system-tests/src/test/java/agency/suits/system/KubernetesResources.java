package agency.suits.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The resources of one multi-document Kubernetes YAML file, found by kind and name. */
final class KubernetesResources {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path file;
    private final List<JsonNode> resources;

    private KubernetesResources(Path file, List<JsonNode> resources) {
        this.file = file;
        this.resources = resources;
    }

    static KubernetesResources read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(file + " is missing: package the apps first (./mvnw install -DskipTests)");
        }
        List<JsonNode> resources = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            var documents = YAML.readValues(parser, JsonNode.class);
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && document.hasNonNull("kind")) {
                    resources.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KubernetesResources(file, resources);
    }

    List<String> kinds() {
        return resources.stream().map(resource -> resource.path("kind").asText()).sorted().toList();
    }

    List<JsonNode> all(String kind) {
        return resources.stream().filter(resource -> kind.equals(resource.path("kind").asText())).toList();
    }

    JsonNode one(String kind, String name) {
        return all(kind).stream().filter(resource -> name.equals(resource.path("metadata").path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + file));
    }
}
